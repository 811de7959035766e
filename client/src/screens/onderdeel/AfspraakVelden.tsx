import { KeuzeVeld, TekstVeld } from '../../components/Velden';
import type { AfspraakType, Volwassenheid } from '../../gql/graphql';
import { TYPE_LABEL, VOLWASSENHEID } from '../../lib/labels';

/** What every afspraak has, new or existing: the fields at the top of its form. */
export interface AfspraakKern {
  titel: string;
  type: AfspraakType;
  volwassenheid: Volwassenheid;
  themaId: string;
  trekkerId: string;
}

interface Thema {
  id: string;
  naam: string;
  domein?: { naam: string } | null;
}

/** A thema as the selects show it: under its domein. */
export const themaOpties = (themas: Thema[]) =>
  themas.map((t) => ({ waarde: t.id, label: t.domein ? `${t.domein.naam} – ${t.naam}` : t.naam }));

/**
 * The top of the one afspraak form, shared by "new afspraak" and the side panel's Gegevens:
 * titel, then type, volwassenheid, thema and trekker side by side. `id` names each field.
 */
export function AfspraakKernVelden({
  id,
  kern,
  onWijzig,
  themas,
  partijen,
  titelVerplicht = false,
}: {
  id: (veld: string) => string;
  kern: AfspraakKern;
  onWijzig: (w: Partial<AfspraakKern>) => void;
  themas: Thema[];
  partijen: { id: string; naam: string }[];
  titelVerplicht?: boolean;
}) {
  return (
    <>
      <TekstVeld
        id={id('titel')}
        label="Titel"
        waarde={kern.titel}
        onWijzig={(w) => onWijzig({ titel: w })}
        required={titelVerplicht}
      />
      <div className="raster-velden">
        <KeuzeVeld
          id={id('type')}
          label="Type"
          waarde={kern.type}
          onKies={(type) => onWijzig({ type: type as AfspraakType })}
          opties={TYPE_LABEL}
        />
        <KeuzeVeld
          id={id('volw')}
          label="Volwassenheid"
          waarde={kern.volwassenheid}
          onKies={(volwassenheid) => onWijzig({ volwassenheid: volwassenheid as Volwassenheid })}
          opties={VOLWASSENHEID}
        />
        <KeuzeVeld
          id={id('thema')}
          label="Thema"
          waarde={kern.themaId}
          onKies={(themaId) => onWijzig({ themaId })}
          opties={themaOpties(themas)}
        />
        <KeuzeVeld
          id={id('trekker')}
          label="Trekker"
          waarde={kern.trekkerId}
          onKies={(trekkerId) => onWijzig({ trekkerId })}
          opties={partijen.map((p) => ({ waarde: p.id, label: p.naam }))}
        />
      </div>
    </>
  );
}

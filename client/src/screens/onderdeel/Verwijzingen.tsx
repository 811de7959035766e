import { KeuzeOpties } from '../../components/Velden';
import type { InstrumentSoort, VerwijzingInput } from '../../gql/graphql';
import { INSTRUMENT_LABEL } from '@gedeeld/normen';
import type { Afspraak } from './AfspraakPaneel';

/** A reference as the form holds it; soort "" means: to another afspraak. */
export interface VerwijzingRij {
  soort: InstrumentSoort | '';
  titel: string;
  artikel: string;
  url: string;
  afspraakId: string;
  toelichting: string;
}

export const verwijzingRijen = (a: Afspraak): VerwijzingRij[] =>
  a.verwijzingen.map((v) => ({
    soort: v.soort ?? '',
    titel: v.titel ?? '',
    artikel: v.artikel ?? '',
    url: v.url ?? '',
    afspraakId: v.afspraakId ?? '',
    toelichting: v.toelichting ?? '',
  }));

const ofNull = (tekst: string) => tekst.trim() || null;

export function verwijzingInput(r: VerwijzingRij): VerwijzingInput {
  const toelichting = ofNull(r.toelichting);
  if (r.soort === '') return { afspraakId: r.afspraakId || null, toelichting };
  return {
    soort: r.soort,
    titel: ofNull(r.titel),
    artikel: ofNull(r.artikel),
    url: ofNull(r.url),
    toelichting,
  };
}

const LEEG: VerwijzingRij = {
  soort: 'WOONZORGVISIE',
  titel: '',
  artikel: '',
  url: '',
  afspraakId: '',
  toelichting: '',
};

/**
 * References to another instrument (woonzorgvisie, huisvestingsverordening, woondeal …) with
 * title, article and web address, or to another afspraak of this overeenkomst. Documents are
 * referred to by their address: Driehoek does not store uploads of its own.
 */
export function VerwijzingenVeld({
  verwijzingen,
  onWijzig,
  afspraken,
}: {
  verwijzingen: VerwijzingRij[];
  onWijzig: (verwijzingen: VerwijzingRij[]) => void;
  afspraken: { id: string; nummer: string; titel: string }[];
}) {
  const zet = (i: number, w: Partial<VerwijzingRij>) =>
    onWijzig(verwijzingen.map((v, j) => (j === i ? { ...v, ...w } : v)));
  return (
    <fieldset className="rijen">
      <legend>Verwijzingen</legend>
      {verwijzingen.map((v, i) => (
        <div key={i} className="rij">
          <select
            aria-label={`Soort verwijzing ${i + 1}`}
            value={v.soort}
            onChange={(e) => zet(i, { soort: e.target.value as InstrumentSoort | '' })}
          >
            <KeuzeOpties opties={INSTRUMENT_LABEL} leeg="Andere afspraak" />
          </select>
          {v.soort === '' ? (
            <select
              aria-label={`Afspraak van verwijzing ${i + 1}`}
              value={v.afspraakId}
              onChange={(e) => zet(i, { afspraakId: e.target.value })}
            >
              <KeuzeOpties
                leeg="Kies een afspraak"
                opties={afspraken.map((a) => ({ waarde: a.id, label: `${a.nummer} ${a.titel}` }))}
              />
            </select>
          ) : (
            <>
              <input
                aria-label={`Titel van verwijzing ${i + 1}`}
                placeholder="Titel"
                value={v.titel}
                onChange={(e) => zet(i, { titel: e.target.value })}
              />
              <input
                aria-label={`Artikel van verwijzing ${i + 1}`}
                placeholder="Artikel"
                className="smal"
                value={v.artikel}
                onChange={(e) => zet(i, { artikel: e.target.value })}
              />
              <input
                aria-label={`Webadres van verwijzing ${i + 1}`}
                placeholder="https://…"
                type="url"
                value={v.url}
                onChange={(e) => zet(i, { url: e.target.value })}
              />
            </>
          )}
          <input
            aria-label={`Toelichting bij verwijzing ${i + 1}`}
            placeholder="Toelichting"
            value={v.toelichting}
            onChange={(e) => zet(i, { toelichting: e.target.value })}
          />
          <button
            type="button"
            className="knop-tekst"
            aria-label={`Verwijzing ${i + 1} verwijderen`}
            onClick={() => onWijzig(verwijzingen.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="knop-secundair"
        onClick={() => onWijzig([...verwijzingen, LEEG])}
      >
        Verwijzing toevoegen
      </button>
    </fieldset>
  );
}

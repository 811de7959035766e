import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { KeuzeVeld, TekstVeld } from '../../components/Velden';
import { FormulierVoet } from '../../components/FormulierVoet';
import { graphql } from '../../gql';
import type { AfspraakDetailsInput, AfspraakLidInput, AfspraakType } from '../../gql/graphql';
import { TYPE_LABEL } from '../../lib/labels';
import type { Afspraak } from './AfspraakPaneel';
import { wanneerVan } from './ProcesWanneer';
import { LEGE_TYPE_WAARDEN, typeDetails, TypeDetailsVelden, type TypeWaarden } from './TypeDetails';

const BEWAAR_LEDEN = graphql(`
  mutation BewaarLeden($input: UpdateAfspraakInput!) {
    updateAfspraak(input: $input) {
      id
    }
  }
`);

type Details = Afspraak['leden'][number]['details'];

export interface LidRij {
  tekst: string;
  type: AfspraakType;
  waarden: TypeWaarden;
  /** The lid's details as stored, sent back unchanged until its type fields are edited. */
  bewaard: AfspraakDetailsInput | null;
}

/** The stored details as the input that keeps them exactly. */
function alsInput(d: Details): AfspraakDetailsInput {
  switch (d.__typename) {
    case 'ProcesDetails':
      return {
        proces: {
          overlegvorm: d.overlegvorm,
          frequentie: d.frequentie,
          deelnemerIds: d.deelnemerIds,
          wanneerJaar: d.wanneerJaar,
          wanneerTekst: d.wanneerTekst,
        },
      };
    case 'BeschrijvendDetails':
      return { beschrijvend: { soort: d.soort, omschrijving: d.omschrijving } };
    case 'IntentieDetails':
      return { intentie: { voorwaarde: d.voorwaarde, gevolg: d.gevolg } };
    case 'HandelingDetails':
      return {
        handeling: {
          activiteiten: d.activiteiten.map((x) => ({
            wat: x.wat,
            wanneer: x.wanneer,
            partijIds: x.partijIds,
          })),
        },
      };
    case 'GarantieDetails':
      return {
        garantie: {
          wat: d.wat,
          garantstellerIds: d.garantstellerIds,
          // Each garantsteller's own promise: without it a save would drop them.
          toezeggingen: d.toezeggingen.map((t) => ({ partijId: t.partijId, wat: t.wat })),
          geldigTot: d.geldigTot,
        },
      };
    case 'TransactieDetails':
      return {
        transactie: {
          posten: d.posten.map((p) => ({
            partijId: p.partijId,
            levert: p.levert,
            ontvangt: p.ontvangt,
          })),
        },
      };
  }
}

/** The two texts the simple fields show for stored details (the first activity or post). */
function waardenVan(d: Details): TypeWaarden {
  switch (d.__typename) {
    case 'ProcesDetails':
      return { a: d.overlegvorm, b: d.frequentie, tweede: '', wanneer: wanneerVan(d) };
    case 'BeschrijvendDetails':
      return { a: d.omschrijving, b: '', tweede: '' };
    case 'IntentieDetails':
      return { a: d.voorwaarde, b: d.gevolg, tweede: '' };
    case 'HandelingDetails':
      return { a: d.activiteiten[0]?.wat ?? '', b: d.activiteiten[0]?.wanneer ?? '', tweede: '' };
    case 'GarantieDetails':
      return { a: d.wat, b: '', tweede: '' };
    case 'TransactieDetails':
      return {
        a: d.posten[0]?.levert ?? '',
        b: d.posten[0]?.ontvangt ?? '',
        tweede: d.posten[1]?.partijId ?? '',
      };
  }
}

const letter = (i: number) => String.fromCharCode(97 + i);

export const NIEUW_LID: LidRij = {
  tekst: '',
  type: 'HANDELING',
  waarden: LEGE_TYPE_WAARDEN,
  bewaard: null,
};

/** The leden to send: stored details unchanged, edited ones from their simple fields. */
export const ledenInput = (rijen: LidRij[], trekkerId: string): AfspraakLidInput[] =>
  rijen.map((r) => ({
    tekst: r.tekst,
    type: r.type,
    details: r.bewaard ?? typeDetails(r.type, r.waarden, trekkerId),
  }));

/**
 * The fields of the leden a, b, c: per lid its text, its type and the simple fields of that
 * type. `naam` numbers a lid ("3.2a" in the side panel, "a" in a bod); `fout` gives the error
 * of one lid, if any.
 */
export function LedenVelden({
  idPrefix,
  rijen,
  onWijzig,
  partijen,
  naam,
  fout,
}: {
  idPrefix: string;
  rijen: LidRij[];
  onWijzig: (rijen: LidRij[]) => void;
  partijen: { id: string; naam: string }[];
  naam: (letter: string) => string;
  fout?: (i: number) => string | null;
}) {
  const wijzig = (i: number, w: Partial<LidRij>) =>
    onWijzig(rijen.map((r, j) => (j === i ? { ...r, ...w } : r)));
  return (
    <>
      {rijen.map((r, i) => {
        const id = (veld: string) => `${idPrefix}-${i}-${veld}`;
        return (
          <fieldset key={i} className="lid">
            <legend>{naam(letter(i))}</legend>
            <TekstVeld
              id={id('tekst')}
              label="Wat dit lid inhoudt"
              waarde={r.tekst}
              onWijzig={(tekst) => wijzig(i, { tekst })}
              regels={2}
              required
            />
            <KeuzeVeld
              id={id('type')}
              label="Type"
              waarde={r.type}
              onKies={(type) => wijzig(i, { type: type as AfspraakType, bewaard: null })}
              opties={TYPE_LABEL}
            />
            <TypeDetailsVelden
              idPrefix={id('details')}
              type={r.type}
              waarden={r.waarden}
              onWijzig={(waarden) => wijzig(i, { waarden, bewaard: null })}
              partijen={partijen}
              fout={fout?.(i) ?? null}
            />
            <button
              type="button"
              className="knop-tekst"
              onClick={() => onWijzig(rijen.filter((_, j) => j !== i))}
            >
              Lid {naam(letter(i))} verwijderen
            </button>
          </fieldset>
        );
      })}
    </>
  );
}

/** The button that adds the next lid. */
export function LidToevoegen({
  rijen,
  onWijzig,
  naam,
}: {
  rijen: LidRij[];
  onWijzig: (rijen: LidRij[]) => void;
  naam: (letter: string) => string;
}) {
  return (
    <button
      type="button"
      className="knop-secundair"
      onClick={() => onWijzig([...rijen, NIEUW_LID])}
    >
      Lid {naam(letter(rijen.length))} toevoegen
    </button>
  );
}

/**
 * The leden a, b, c of a composite afspraak, numbered after it (3.2a), each with its own type and
 * the simple fields of that type; saved on their own, as the whole list.
 */
export function AfspraakLeden({
  afspraak: a,
  partijen,
  bewerkbaar,
  onOpgeslagen,
}: {
  afspraak: Afspraak;
  partijen: { id: string; naam: string }[];
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const [rijen, zetRijen] = useState<LidRij[]>(
    a.leden.map((l) => ({
      tekst: l.tekst,
      type: l.type,
      waarden: waardenVan(l.details),
      bewaard: alsInput(l.details),
    })),
  );
  const [resultaat, bewaar] = useMutation(BEWAAR_LEDEN);
  const [gelukt, zetGelukt] = useState(false);
  const naam = (l: string) => `${a.nummer}${l}`;

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    const antwoord = await bewaar({
      input: { id: a.id, leden: ledenInput(rijen, a.trekker.id) },
    });
    if (!antwoord.error) {
      zetGelukt(true);
      onOpgeslagen();
    }
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} className="leden">
      <fieldset disabled={!bewerkbaar} className="kaal">
        {rijen.length === 0 && (
          <p className="klein">
            Een enkelvoudige afspraak.
            {/* Advice on adding leden only for whoever can add them. */}
            {bewerkbaar &&
              ' Voeg leden toe als de afspraak uit delen bestaat met elk een eigen type, bijv. nieuwbouw (handeling) en nieuwe afspraken over de bestaande voorraad (proces).'}
          </p>
        )}
        <LedenVelden
          idPrefix={`lid-${a.id}`}
          rijen={rijen}
          onWijzig={zetRijen}
          partijen={partijen}
          naam={naam}
        />
        <FormulierVoet
          fout={resultaat.error}
          bezig={resultaat.fetching}
          opslaan="Leden opslaan"
          gelukt={gelukt}
          bewerkbaar={bewerkbaar}
          toevoegen={{
            label: `Lid ${naam(letter(rijen.length))} toevoegen`,
            onClick: () => zetRijen([...rijen, NIEUW_LID]),
          }}
        />
      </fieldset>
    </form>
  );
}

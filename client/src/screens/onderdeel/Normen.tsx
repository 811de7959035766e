import { KeuzeOpties } from '../../components/Velden';
import { leesGetal } from '../../lib/getal';
import { graphql } from '../../gql';
import type { NormEenheid, NormInput, NormVergelijking } from '../../gql/graphql';
import { NORM_EENHEID_LABEL, NORM_VERGELIJKING_LABEL, normWaardeTekst } from '@gedeeld/normen';
import type { Afspraak } from './AfspraakPaneel';
import { DeelKeuze, deelSleutel, deelUitSleutel, type DeelOpties } from './DeelKeuze';

/** What the side panel reads of an afspraak's norms, references, voorwaarden and doelgroepen. */
export const AFSPRAAK_NORMEN = graphql(`
  fragment AfspraakNormen on Afspraak {
    voorwaardenMetDeel {
      tekst
      deel {
        lid
        activiteit
        locatieId
      }
    }
    normen {
      onderwerp
      vergelijking
      waarde
      totWaarde
      waardeTekst
      eenheid
      eenheidTekst
      partijId
      tekst
      deel {
        lid
        activiteit
        locatieId
      }
    }
    verwijzingen {
      soort
      titel
      artikel
      url
      afspraakId
      toelichting
      tekst
      documentId
      document {
        id
        bestandsnaam
        grootte
        downloadUrl
      }
    }
    eigenDoelgroepIds
    overeenkomst {
      id
      documenten {
        id
        bestandsnaam
        grootte
        downloadUrl
      }
      eigenDoelgroepen {
        id
        naam
        omschrijving
        leeftijdVan
        leeftijdTot
      }
      afspraken {
        id
        nummer
        titel
      }
    }
  }
`);

/** A norm as the form holds it: numbers as typed ("12,5"), the deel as a DeelKeuze key. */
export interface NormRij {
  onderwerp: string;
  vergelijking: NormVergelijking;
  /** A number, or words for a norm without one ("Wmo-geschikt"). */
  waarde: string;
  totWaarde: string;
  eenheid: NormEenheid | '';
  eenheidTekst: string;
  deel: string;
  /** '' for the whole afspraak. */
  partijId: string;
}

const getal = leesGetal;

export const normRijen = (a: Afspraak): NormRij[] =>
  a.normen.map((n) => ({
    onderwerp: n.onderwerp,
    vergelijking: n.vergelijking,
    waarde: n.waarde != null ? n.waarde.toLocaleString('nl-NL') : (n.waardeTekst ?? ''),
    totWaarde: n.totWaarde != null ? n.totWaarde.toLocaleString('nl-NL') : '',
    eenheid: n.eenheid ?? '',
    eenheidTekst: n.eenheidTekst ?? '',
    deel: deelSleutel(n.deel),
    partijId: n.partijId ?? '',
  }));

/** The row as the API takes it; a value that is no number is sent as words (waardeTekst). */
export function normInput(r: NormRij): NormInput {
  const waarde = getal(r.waarde);
  return {
    onderwerp: r.onderwerp,
    vergelijking: r.vergelijking,
    waarde,
    waardeTekst: waarde === null && r.waarde.trim() ? r.waarde.trim() : null,
    totWaarde: r.vergelijking === 'TUSSEN' ? getal(r.totWaarde) : null,
    eenheid: waarde === null ? null : r.eenheid || null,
    eenheidTekst: r.eenheid === 'ANDERS' && waarde !== null ? r.eenheidTekst || null : null,
    deel: deelUitSleutel(r.deel),
    partijId: r.partijId || null,
  };
}

const LEEG: NormRij = {
  onderwerp: '',
  vergelijking: 'TEN_MINSTE',
  waarde: '',
  totWaarde: '',
  eenheid: '',
  eenheidTekst: '',
  deel: '',
  partijId: '',
};

/** Norms inside the afspraak: "binnen 400 meter", "ten minste 30% van de vrijkomende woningen". */
export function NormenVeld({
  normen,
  onWijzig,
  delen,
  partijen,
}: {
  normen: NormRij[];
  onWijzig: (normen: NormRij[]) => void;
  delen: DeelOpties;
  /** Whose promise a norm can be: the trekker and the betrokkenen as the form has them. */
  partijen: { id: string; naam: string }[];
}) {
  const zet = (i: number, w: Partial<NormRij>) =>
    onWijzig(normen.map((n, j) => (j === i ? { ...n, ...w } : n)));
  return (
    <fieldset className="rijen">
      <legend>Normen</legend>
      {normen.map((n, i) => {
        const invoer = normInput(n);
        return (
          <div key={i} className="rij">
            <input
              aria-label={`Waar norm ${i + 1} over gaat`}
              placeholder="bijv. afstand tot huisartsenpost"
              value={n.onderwerp}
              onChange={(e) => zet(i, { onderwerp: e.target.value })}
            />
            <select
              aria-label={`Vergelijking van norm ${i + 1}`}
              value={n.vergelijking}
              onChange={(e) => zet(i, { vergelijking: e.target.value as NormVergelijking })}
            >
              <KeuzeOpties opties={NORM_VERGELIJKING_LABEL} />
            </select>
            <input
              aria-label={`Waarde van norm ${i + 1}`}
              placeholder="getal of tekst"
              className="smal"
              value={n.waarde}
              onChange={(e) => zet(i, { waarde: e.target.value })}
            />
            {n.vergelijking === 'TUSSEN' && (
              <input
                aria-label={`Tot-waarde van norm ${i + 1}`}
                placeholder="tot"
                className="smal"
                value={n.totWaarde}
                onChange={(e) => zet(i, { totWaarde: e.target.value })}
              />
            )}
            <select
              aria-label={`Eenheid van norm ${i + 1}`}
              value={n.eenheid}
              onChange={(e) => zet(i, { eenheid: e.target.value as NormEenheid | '' })}
            >
              <KeuzeOpties opties={NORM_EENHEID_LABEL} leeg="geen eenheid" />
            </select>
            {n.eenheid === 'ANDERS' && (
              <input
                aria-label={`Eigen eenheid van norm ${i + 1}`}
                placeholder="eenheid"
                className="smal"
                value={n.eenheidTekst}
                onChange={(e) => zet(i, { eenheidTekst: e.target.value })}
              />
            )}
            <DeelKeuze
              label={`Waarvoor norm ${i + 1} geldt`}
              waarde={n.deel}
              onKies={(deel) => zet(i, { deel })}
              opties={delen}
            />
            <select
              aria-label={`Partij van norm ${i + 1}`}
              value={n.partijId}
              onChange={(e) => zet(i, { partijId: e.target.value })}
            >
              <option value="">alle partijen</option>
              {partijen.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.naam}
                </option>
              ))}
            </select>
            <span className="klein">
              {n.partijId && `${partijen.find((p) => p.id === n.partijId)?.naam ?? ''}: `}
              {normWaardeTekst({
                vergelijking: invoer.vergelijking,
                waarde: invoer.waarde ?? null,
                totWaarde: invoer.totWaarde ?? null,
                waardeTekst: invoer.waardeTekst ?? null,
                eenheid: invoer.eenheid ?? null,
                eenheidTekst: invoer.eenheidTekst ?? null,
              })}
            </span>
            <button
              type="button"
              className="knop-tekst"
              aria-label={`Norm ${i + 1} verwijderen`}
              onClick={() => onWijzig(normen.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </div>
        );
      })}
      <button type="button" className="knop-secundair" onClick={() => onWijzig([...normen, LEEG])}>
        Norm toevoegen
      </button>
    </fieldset>
  );
}

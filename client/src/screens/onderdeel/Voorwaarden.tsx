import type { VoorwaardeInput } from '../../gql/graphql';
import type { Afspraak } from './AfspraakPaneel';
import { DeelKeuze, deelSleutel, deelUitSleutel, type DeelOpties } from './DeelKeuze';

/** A voorwaarde as the form holds it, with the deel it holds for as a DeelKeuze key. */
export interface VoorwaardeRij {
  tekst: string;
  deel: string;
}

export const voorwaardeRijen = (a: Afspraak): VoorwaardeRij[] =>
  a.voorwaardenMetDeel.map((v) => ({ tekst: v.tekst, deel: deelSleutel(v.deel) }));

export const voorwaardeInput = (rijen: VoorwaardeRij[]): VoorwaardeInput[] =>
  rijen
    .filter((r) => r.tekst.trim())
    .map((r) => ({ tekst: r.tekst.trim(), deel: deelUitSleutel(r.deel) }));

/** Voorwaarden ("mits financieel haalbaar"), each for the whole afspraak or one part of it. */
export function VoorwaardenVeld({
  voorwaarden,
  onWijzig,
  delen,
}: {
  voorwaarden: VoorwaardeRij[];
  onWijzig: (voorwaarden: VoorwaardeRij[]) => void;
  delen: DeelOpties;
}) {
  const zet = (i: number, w: Partial<VoorwaardeRij>) =>
    onWijzig(voorwaarden.map((v, j) => (j === i ? { ...v, ...w } : v)));
  return (
    <fieldset className="rijen">
      <legend>Voorwaarden</legend>
      {voorwaarden.map((v, i) => (
        <div key={i} className="rij">
          <input
            aria-label={`Voorwaarde ${i + 1}`}
            placeholder="bijv. mits financieel haalbaar"
            value={v.tekst}
            onChange={(e) => zet(i, { tekst: e.target.value })}
          />
          <DeelKeuze
            label={`Waarvoor voorwaarde ${i + 1} geldt`}
            waarde={v.deel}
            onKies={(deel) => zet(i, { deel })}
            opties={delen}
          />
          <button
            type="button"
            className="knop-tekst"
            aria-label={`Voorwaarde ${i + 1} verwijderen`}
            onClick={() => onWijzig(voorwaarden.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="knop-secundair"
        onClick={() => onWijzig([...voorwaarden, { tekst: '', deel: '' }])}
      >
        Voorwaarde toevoegen
      </button>
    </fieldset>
  );
}

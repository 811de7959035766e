import { Fragment, type InputHTMLAttributes, type ReactNode } from 'react';
import type { StreefwaardeSoort } from '../gql/graphql';
import { STREEFWAARDE_SOORT } from '../lib/labels';
import { KeuzeOpties, KeuzeVeld } from './Velden';

/** A streefwaarde as typed: the numbers still as text, so "12," can be on its way to "12,5". */
export interface StreefwaardeTekst {
  soort: StreefwaardeSoort;
  waarde: string;
  min: string;
  max: string;
  effect: string;
}

export const LEGE_STREEFWAARDE: StreefwaardeTekst = {
  soort: 'EXACT',
  waarde: '',
  min: '',
  max: '',
  effect: '',
};

interface Streefwaarde {
  soort: StreefwaardeSoort;
  waarde?: number | null;
  min?: number | null;
  max?: number | null;
  effect?: string | null;
}

/** A stored streefwaarde (or none) as the fields show it. */
export function alsTekst(s: Streefwaarde | undefined): StreefwaardeTekst {
  return {
    soort: s?.soort ?? 'EXACT',
    waarde: s?.waarde?.toString() ?? '',
    min: s?.min?.toString() ?? '',
    max: s?.max?.toString() ?? '',
    effect: s?.effect ?? '',
  };
}

const getal = (t: string) => (t.trim() === '' ? undefined : Number(t.replace(',', '.')));

/** The API's input for what was typed: only the fields of the chosen soort, a comma as decimal point. */
export function alsInvoer(t: StreefwaardeTekst) {
  return {
    soort: t.soort,
    waarde: t.soort === 'EXACT' ? getal(t.waarde) : undefined,
    min: t.soort === 'BANDBREEDTE' || t.soort === 'MINIMAAL' ? getal(t.min) : undefined,
    max: t.soort === 'BANDBREEDTE' || t.soort === 'MAXIMAAL' ? getal(t.max) : undefined,
    effect: t.soort === 'EFFECT' ? t.effect : undefined,
  };
}

type Veld = 'waarde' | 'min' | 'max' | 'effect';

/** The fields each soort asks for, with their labels. */
const VELDEN: Record<StreefwaardeSoort, { veld: Veld; label: string }[]> = {
  EXACT: [{ veld: 'waarde', label: 'Streefwaarde' }],
  BANDBREEDTE: [
    { veld: 'min', label: 'Minimum' },
    { veld: 'max', label: 'Maximum' },
  ],
  MINIMAAL: [{ veld: 'min', label: 'Ten minste' }],
  MAXIMAAL: [{ veld: 'max', label: 'Hoogstens' }],
  EFFECT: [{ veld: 'effect', label: 'Beoogd effect' }],
};

interface Gemeen {
  tekst: StreefwaardeTekst;
  onWijzig: (w: Partial<StreefwaardeTekst>) => void;
}

/**
 * The one editor of a streefwaarde: its soort and then the value, the bandwidth or the effect.
 * As labelled fields in a form (`id` names each field), or as two cells of a table row
 * (`rijLabel` says which indicator and year the unlabelled controls belong to; `children`
 * follow the value, e.g. its error).
 */
export function StreefwaardeInvoer(
  props: Gemeen &
    (
      | { id: (veld: Veld | 'soort') => string; invoer?: InputHTMLAttributes<HTMLInputElement> }
      | { rijLabel: string; uitgeschakeld: boolean; children?: ReactNode }
    ),
) {
  const { tekst, onWijzig } = props;
  const wijzigSoort = (soort: string) => onWijzig({ soort: soort as StreefwaardeSoort });
  if ('rijLabel' in props) {
    const { rijLabel, uitgeschakeld } = props;
    return (
      <>
        <td>
          <select
            aria-label={`Soort streefwaarde ${rijLabel}`}
            value={tekst.soort}
            disabled={uitgeschakeld}
            onChange={(e) => wijzigSoort(e.target.value)}
          >
            <KeuzeOpties opties={STREEFWAARDE_SOORT} />
          </select>
        </td>
        <td>
          {VELDEN[tekst.soort].map(({ veld, label }, i) => (
            <Fragment key={veld}>
              {i > 0 && ' – '}
              <input
                aria-label={`${label} ${rijLabel}`}
                className={veld === 'effect' ? undefined : 'smal'}
                inputMode={veld === 'effect' ? undefined : 'decimal'}
                value={tekst[veld]}
                disabled={uitgeschakeld}
                onChange={(e) => onWijzig({ [veld]: e.target.value })}
              />
            </Fragment>
          ))}
          {props.children}
        </td>
      </>
    );
  }
  const { id, invoer } = props;
  return (
    <>
      <KeuzeVeld
        id={id('soort')}
        label="Soort"
        waarde={tekst.soort}
        onKies={wijzigSoort}
        opties={STREEFWAARDE_SOORT}
      />
      {VELDEN[tekst.soort].map(({ veld, label }) => (
        <div key={veld} className="veld">
          <label htmlFor={id(veld)}>{label}</label>
          <input
            id={id(veld)}
            inputMode={veld === 'effect' ? undefined : 'decimal'}
            value={tekst[veld]}
            onChange={(e) => onWijzig({ [veld]: e.target.value })}
            required
            {...invoer}
          />
        </div>
      ))}
    </>
  );
}

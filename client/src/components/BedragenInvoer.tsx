import type { ReactNode } from 'react';
import { bedragTekst, leesBedrag } from '@gedeeld/bedrag';
import type { BedragFrequentie, BedragInput } from '../gql/graphql';
import { type Deel, deelSleutel, deelUitSleutel } from '../lib/deel';
import { KeuzeOpties, KeuzeVeld, TekstVeld } from './Velden';

/*
 * The money of an afspraak as a person enters it: amounts typed in Dutch ("150.000", "2,5 mln"),
 * read into cents by the same module that writes them back (@gedeeld/bedrag). Used by the side
 * panel and by the bod form.
 */

export const FREQUENTIE: Record<BedragFrequentie, string> = {
  EENMALIG: 'Eenmalig',
  PER_JAAR: 'Per jaar',
  TOTAAL: 'In totaal',
};

type Verdeling = 'SAMEN' | 'PROCENT' | 'BEDRAG';
const VERDELING: Record<Verdeling, string> = {
  SAMEN: 'Samen, zonder verdeling',
  PROCENT: 'Verdeeld in procenten',
  BEDRAG: 'Verdeeld in bedragen',
};

/** One amount while it is being edited: numbers as the person typed them. */
export interface BedragRegel {
  bedrag: string;
  /** The amount is agreed but not yet known: no bedrag, a split only in percentages. */
  onbekend: boolean;
  frequentie: BedragFrequentie;
  jaar: string;
  totJaar: string;
  doel: string;
  verdeling: Verdeling;
  betalers: { partijId: string; deel: string }[];
  ontvangerIds: string[];
  ontvangerOmschrijving: string;
  /** The part of the afspraak it is for, as a DeelKeuze key; "" for the whole afspraak. */
  deel: string;
}

/** An amount as the API gives it (Afspraak.bedragen). */
export interface Bedrag {
  centen: number | null;
  onbekend?: boolean;
  frequentie: BedragFrequentie;
  jaar?: number | null;
  totJaar?: number | null;
  doel: string;
  betalers: {
    partij: { id: string };
    centen?: number | null;
    percentage?: number | null;
  }[];
  ontvangers: { id: string }[];
  ontvangerOmschrijving?: string | null;
  deel?: Deel | null;
}

const procent = (n: number) => String(n).replace('.', ',');

export function bedragRegels(bedragen: Bedrag[]): BedragRegel[] {
  return bedragen.map((b) => {
    const verdeling: Verdeling = b.betalers.some((x) => x.centen != null)
      ? 'BEDRAG'
      : b.betalers.some((x) => x.percentage != null)
        ? 'PROCENT'
        : 'SAMEN';
    return {
      bedrag: b.centen != null ? bedragTekst(b.centen).replace('€ ', '') : '',
      onbekend: b.onbekend ?? false,
      frequentie: b.frequentie,
      jaar: b.jaar?.toString() ?? '',
      totJaar: b.totJaar?.toString() ?? '',
      doel: b.doel,
      verdeling,
      betalers: b.betalers.map((x) => ({
        partijId: x.partij.id,
        deel:
          x.centen != null
            ? bedragTekst(x.centen).replace('€ ', '')
            : x.percentage != null
              ? procent(x.percentage)
              : '',
      })),
      ontvangerIds: b.ontvangers.map((o) => o.id),
      ontvangerOmschrijving: b.ontvangerOmschrijving ?? '',
      deel: deelSleutel(b.deel),
    };
  });
}

export const nieuweBedragRegel = (partijId: string): BedragRegel => ({
  bedrag: '',
  onbekend: false,
  frequentie: 'EENMALIG',
  jaar: '',
  totJaar: '',
  doel: '',
  verdeling: 'SAMEN',
  betalers: [{ partijId, deel: '' }],
  ontvangerIds: [],
  ontvangerOmschrijving: '',
  deel: '',
});

/**
 * What stops the regels from being sent: an amount or a part that cannot be read. The server
 * checks the rest (does the split add up, years, partijen) and names the field.
 */
export function bedragenFout(regels: BedragRegel[]): string | null {
  for (const [i, r] of regels.entries()) {
    if (!r.onbekend && leesBedrag(r.bedrag) == null)
      return `Bedrag ${i + 1}: "${r.bedrag}" is geen bedrag in euro (bijv. 150.000 of 1.250,50)`;
    if (r.betalers.length < 2 || r.verdeling === 'SAMEN') continue;
    for (const [j, x] of r.betalers.entries()) {
      const goed =
        r.verdeling === 'BEDRAG'
          ? leesBedrag(x.deel) != null
          : x.deel.trim() !== '' && Number.isFinite(Number(x.deel.replace(',', '.')));
      if (!goed)
        return `Bedrag ${i + 1}: geef betaler ${j + 1} een deel ${r.verdeling === 'BEDRAG' ? 'in euro' : 'in procenten'}`;
    }
  }
  return null;
}

/** The regels as the API takes them; check them with {@link bedragenFout} first. */
export function bedragenInput(regels: BedragRegel[]): BedragInput[] {
  const centen = (tekst: string) => leesBedrag(tekst) ?? 0;
  return regels.map((r) => {
    const verdeeld = r.betalers.length > 1 && r.verdeling !== 'SAMEN';
    return {
      centen: r.onbekend ? null : centen(r.bedrag),
      onbekend: r.onbekend || null,
      frequentie: r.frequentie,
      jaar: r.jaar ? Number(r.jaar) : null,
      totJaar: r.totJaar && r.frequentie !== 'EENMALIG' ? Number(r.totJaar) : null,
      doel: r.doel,
      betalers: r.betalers.map((x) => ({
        partijId: x.partijId,
        centen: verdeeld && r.verdeling === 'BEDRAG' ? centen(x.deel) : null,
        percentage: verdeeld && r.verdeling === 'PROCENT' ? Number(x.deel.replace(',', '.')) : null,
      })),
      ontvangerIds: r.ontvangerIds,
      ontvangerOmschrijving: r.ontvangerOmschrijving.trim() || null,
      deel: deelUitSleutel(r.deel),
    };
  });
}

/** "Verdeeld: € 180.000 van € 200.000": the split so far, to see before saving whether it adds up. */
function verdeeldTekst(r: BedragRegel): string | null {
  if (r.betalers.length < 2 || r.verdeling === 'SAMEN') return null;
  if (r.verdeling === 'PROCENT') {
    const som = r.betalers.reduce((s, x) => s + (Number(x.deel.replace(',', '.')) || 0), 0);
    return `Verdeeld: ${procent(Math.round(som * 100) / 100)}% van 100%`;
  }
  const som = r.betalers.reduce((s, x) => s + (leesBedrag(x.deel) ?? 0), 0);
  const totaal = leesBedrag(r.bedrag);
  return `Verdeeld: ${bedragTekst(som)}${totaal != null ? ` van ${bedragTekst(totaal)}` : ''}`;
}

/** The editor of an afspraak's amounts; `id` makes every control's id unique on the page. */
export function BedragenInvoer({
  id,
  regels,
  onWijzig,
  partijen,
  jaren,
  fout,
  geldtVoor,
}: {
  id: (veld: string) => string;
  regels: BedragRegel[];
  onWijzig: (regels: BedragRegel[]) => void;
  partijen: { id: string; naam: string }[];
  jaren: number[];
  /** The message of a refusal, for the amount whose field it names (`…bedragen.<i>…`). */
  fout?: (i: number) => string | null;
  /**
   * The "geldt voor" choice of amount i, where the form knows the afspraak's parts (the side
   * panel; a bod's new afspraak has none yet).
   */
  geldtVoor?: (i: number, regel: BedragRegel) => ReactNode;
}) {
  const wijzig = (i: number, w: Partial<BedragRegel>) =>
    onWijzig(regels.map((r, j) => (j === i ? { ...r, ...w } : r)));
  const jaarOpties = jaren.map((j) => ({ waarde: j, label: j }));
  return (
    <div className="bedragen">
      {regels.map((r, i) => {
        const n = i + 1;
        const centen = leesBedrag(r.bedrag);
        const verdeeld = verdeeldTekst(r);
        const melding = fout?.(i);
        return (
          <fieldset
            key={i}
            className="rijen"
            aria-describedby={melding ? id(`fout${i}`) : undefined}
          >
            <legend>Bedrag {n}</legend>
            <div className="raster-velden">
              <TekstVeld
                id={id(`bedrag${i}`)}
                label="Bedrag in euro"
                waarde={r.onbekend ? '' : r.bedrag}
                onWijzig={(bedrag) => wijzig(i, { bedrag })}
                placeholder={r.onbekend ? 'nog onbekend' : 'bijv. 150.000'}
                inputMode="decimal"
              >
                <span className="klein" aria-live="polite">
                  {r.onbekend
                    ? 'Bedrag nog te bepalen'
                    : r.bedrag
                      ? centen != null
                        ? bedragTekst(centen)
                        : 'Geen bedrag'
                      : ''}
                </span>
                <label className="keuze">
                  <input
                    type="checkbox"
                    checked={r.onbekend}
                    onChange={(e) =>
                      wijzig(i, {
                        onbekend: e.target.checked,
                        // Without an amount a split in euro cannot be; percentages can.
                        ...(e.target.checked && r.verdeling === 'BEDRAG'
                          ? { verdeling: 'PROCENT' as const }
                          : {}),
                      })
                    }
                  />{' '}
                  Bedrag nog onbekend
                </label>
              </TekstVeld>
              <KeuzeVeld
                id={id(`freq${i}`)}
                label="Hoe vaak"
                waarde={r.frequentie}
                onKies={(w) => wijzig(i, { frequentie: w as BedragFrequentie })}
                opties={FREQUENTIE}
              />
              <KeuzeVeld
                id={id(`jaar${i}`)}
                label={r.frequentie === 'EENMALIG' ? 'Jaar' : 'Van jaar'}
                waarde={r.jaar}
                onKies={(jaar) => wijzig(i, { jaar })}
                opties={jaarOpties}
                leeg="Jaarschijven van de afspraak"
              />
              {r.frequentie !== 'EENMALIG' && (
                <KeuzeVeld
                  id={id(`tot${i}`)}
                  label="Tot en met"
                  waarde={r.totJaar}
                  onKies={(totJaar) => wijzig(i, { totJaar })}
                  opties={jaarOpties}
                  leeg="–"
                />
              )}
            </div>
            <TekstVeld
              id={id(`doel${i}`)}
              label="Waarvoor"
              waarde={r.doel}
              onWijzig={(doel) => wijzig(i, { doel })}
              placeholder="bijv. procesbegeleiding van initiatieven"
            />
            {geldtVoor?.(i, r)}
            <p className="klein">Wie betaalt</p>
            {r.betalers.map((b, j) => (
              <div key={j} className="rij">
                <select
                  aria-label={`Betaler ${j + 1} van bedrag ${n}`}
                  value={b.partijId}
                  onChange={(e) =>
                    wijzig(i, {
                      betalers: r.betalers.map((x, k) =>
                        k === j ? { ...x, partijId: e.target.value } : x,
                      ),
                    })
                  }
                >
                  <KeuzeOpties opties={partijen.map((p) => ({ waarde: p.id, label: p.naam }))} />
                </select>
                {r.betalers.length > 1 && r.verdeling !== 'SAMEN' && (
                  <input
                    aria-label={`Deel van betaler ${j + 1} van bedrag ${n} ${r.verdeling === 'PROCENT' ? 'in procenten' : 'in euro'}`}
                    placeholder={r.verdeling === 'PROCENT' ? '%' : '€'}
                    inputMode="decimal"
                    className="smal"
                    value={b.deel}
                    onChange={(e) =>
                      wijzig(i, {
                        betalers: r.betalers.map((x, k) =>
                          k === j ? { ...x, deel: e.target.value } : x,
                        ),
                      })
                    }
                  />
                )}
                {r.betalers.length > 1 && (
                  <button
                    type="button"
                    className="knop-tekst"
                    aria-label={`Betaler ${j + 1} van bedrag ${n} verwijderen`}
                    onClick={() => wijzig(i, { betalers: r.betalers.filter((_, k) => k !== j) })}
                  >
                    ✕
                  </button>
                )}
              </div>
            ))}
            <button
              type="button"
              className="knop-secundair"
              onClick={() =>
                wijzig(i, {
                  betalers: [
                    ...r.betalers,
                    {
                      partijId:
                        partijen.find((p) => !r.betalers.some((x) => x.partijId === p.id))?.id ??
                        '',
                      deel: '',
                    },
                  ],
                })
              }
            >
              Betaler toevoegen
            </button>
            {r.betalers.length > 1 && (
              <KeuzeVeld
                id={id(`verdeling${i}`)}
                label="Verdeling over de betalers"
                waarde={r.verdeling}
                onKies={(w) => wijzig(i, { verdeling: w as Verdeling })}
                opties={VERDELING}
              >
                {verdeeld && <span className="klein">{verdeeld}</span>}
              </KeuzeVeld>
            )}
            <fieldset className="keuzes">
              <legend>Wie ontvangt</legend>
              {partijen.map((p) => (
                <label key={p.id} className="keuze">
                  <input
                    type="checkbox"
                    checked={r.ontvangerIds.includes(p.id)}
                    onChange={(e) =>
                      wijzig(i, {
                        ontvangerIds: e.target.checked
                          ? [...r.ontvangerIds, p.id]
                          : r.ontvangerIds.filter((x) => x !== p.id),
                      })
                    }
                  />{' '}
                  {p.naam}
                </label>
              ))}
            </fieldset>
            <TekstVeld
              id={id(`ontv${i}`)}
              label="Of in woorden (als het geen partij is)"
              waarde={r.ontvangerOmschrijving}
              onWijzig={(ontvangerOmschrijving) => wijzig(i, { ontvangerOmschrijving })}
              placeholder="bijv. bewonersinitiatieven"
            />
            {melding && (
              <p className="fout" id={id(`fout${i}`)} role="alert">
                {melding}
              </p>
            )}
            <button
              type="button"
              className="knop-tekst"
              onClick={() => onWijzig(regels.filter((_, j) => j !== i))}
            >
              Bedrag {n} verwijderen
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="knop-secundair"
        onClick={() => onWijzig([...regels, nieuweBedragRegel(partijen[0]?.id ?? '')])}
      >
        Bedrag toevoegen
      </button>
    </div>
  );
}

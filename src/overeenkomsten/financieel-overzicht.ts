import type { StoredDeel } from './afspraak-deel';
import { bedragTekst, verdeelCenten } from '../gedeeld/bedrag';

/*
 * Money of an agreement, computed without a database: which years an amount falls in, what each
 * payer's part is, and the overview per partij per year. The GraphQL model and the Word export
 * both use these, so the screen and the document never disagree.
 */

/** Once, every year, or a total over several years. */
export enum BedragFrequentie {
  EENMALIG = 'EENMALIG',
  PER_JAAR = 'PER_JAAR',
  TOTAAL = 'TOTAAL',
}

export const FREQUENTIE_TEKST: Record<BedragFrequentie, string> = {
  EENMALIG: 'eenmalig',
  PER_JAAR: 'per jaar',
  TOTAAL: 'in totaal',
};

export interface BedragBetaler {
  partijId: string;
  /** Its part in cents, when the split is given in amounts. */
  centen: number | null;
  /** Its part in percent, when the split is given in percentages. */
  percentage: number | null;
}

/** One amount of an afspraak, as stored in `afspraak.bedragen` (JSON) and signed. */
export interface StoredBedrag {
  /** 0 when the amount is not yet known (`onbekend`), so it adds nothing to any total. */
  centen: number;
  /**
   * The amount is agreed but not yet known ("de huurderving"): payers, receivers and purpose are.
   * Absent (not false) otherwise, so the hash of amounts stored before it stays what it was.
   */
  onbekend?: true;
  frequentie: BedragFrequentie;
  /** The jaarschijf; for PER_JAAR and TOTAAL the first year of a range. */
  jaar: number | null;
  /** The last year of a range (PER_JAAR, TOTAAL). */
  totJaar: number | null;
  /** What the money is for. */
  doel: string;
  betalers: BedragBetaler[];
  ontvangerIds: string[];
  /** Who receives it in words, when that is not (only) a partij: "initiatiefnemers". */
  ontvangerOmschrijving: string | null;
  /**
   * The one lid, activiteit or place the amount is for; absent (not null) for the whole
   * afspraak, so the hash of an amount stored before delen existed stays what it was.
   */
  deel?: StoredDeel;
}

/**
 * The years an amount counts in, one by one; empty when it belongs to the whole period and not
 * to any single year (a total over several years, a one-off without a year). A yearly amount
 * without years runs through the afspraak's jaarschijven, or the agreement's when it has none.
 */
export function bedragJaren(
  b: Pick<StoredBedrag, 'frequentie' | 'jaar' | 'totJaar'>,
  afspraakJaren: number[],
  overeenkomstJaren: number[],
): number[] {
  const basis = afspraakJaren.length ? afspraakJaren : overeenkomstJaren;
  switch (b.frequentie) {
    case BedragFrequentie.PER_JAAR: {
      if (b.jaar == null && b.totJaar == null) return [...basis].sort((x, y) => x - y);
      const van = b.jaar ?? Math.min(...basis);
      const tot = b.totJaar ?? Math.max(...overeenkomstJaren);
      return overeenkomstJaren.filter((j) => j >= van && j <= tot).sort((x, y) => x - y);
    }
    case BedragFrequentie.EENMALIG:
      if (b.jaar != null) return [b.jaar];
      return afspraakJaren.length === 1 ? [...afspraakJaren] : [];
    case BedragFrequentie.TOTAAL:
      return b.jaar != null && b.totJaar == null ? [b.jaar] : [];
  }
}

/**
 * Each payer's part of `centen` in whole cents, in the order of the payers; null when several
 * pay jointly without saying how they split it. One payer pays all.
 */
export function betalerDelen(b: Pick<StoredBedrag, 'betalers'>, centen: number): number[] | null {
  if (b.betalers.length === 1) return [centen];
  // Amounts are checked to add up to the whole when stored; weighing by them keeps an older
  // stored split whole all the same.
  if (b.betalers.every((x) => x.centen != null))
    return verdeelCenten(
      centen,
      b.betalers.map((x) => x.centen ?? 0),
    );
  if (b.betalers.every((x) => x.percentage != null))
    return verdeelCenten(
      centen,
      b.betalers.map((x) => x.percentage ?? 0),
    );
  return null;
}

/** "€ 25.000 per jaar, 2026–2029", "€ 5.000.000 in totaal, 2023–2027", "€ 50.000 eenmalig, 2027". */
export function bedragSamenvatting(b: Omit<StoredBedrag, 'betalers' | 'ontvangerIds'>): string {
  const bedrag = b.onbekend ? 'bedrag nog te bepalen' : bedragTekst(b.centen);
  const periode =
    b.jaar != null && b.totJaar != null
      ? `${b.jaar}–${b.totJaar}`
      : b.jaar != null
        ? b.frequentie === BedragFrequentie.PER_JAAR
          ? `vanaf ${b.jaar}`
          : String(b.jaar)
        : '';
  return `${bedrag} ${FREQUENTIE_TEKST[b.frequentie]}${periode ? `, ${periode}` : ''}`;
}

/** What one partij pays and receives in one year (or over the period, `jaar` null). */
export interface FinancieelJaarCijfers {
  jaar: number | null;
  /** Its own part: amounts it pays alone and its share where a split is given. */
  betaalt: number;
  /** Amounts it pays together with others without a split (the whole amount, not a share). */
  gezamenlijk: number;
  /** Amounts it (also) receives; with several receivers each shows the whole amount. */
  ontvangt: number;
  /** It pays or receives an amount not yet known, which is in none of the sums. */
  nogOnbekend: boolean;
}

export interface FinancieelPartijCijfers {
  partijId: string;
  perJaar: FinancieelJaarCijfers[];
  /** Amounts not tied to a single year. */
  looptijd: FinancieelJaarCijfers;
  totaal: FinancieelJaarCijfers;
}

export interface FinancieelCijfers {
  jaren: number[];
  partijen: FinancieelPartijCijfers[];
  /** Every amount once, per year: what the agreement moves in that year. */
  totaalPerJaar: { jaar: number; centen: number }[];
  /** Every amount not tied to a single year, once. */
  totaalLooptijd: number;
}

/** An afspraak's amounts with the years they can fall in. */
export interface AfspraakBedragen {
  bedragen: StoredBedrag[];
  jaren: number[];
}

const leeg = (jaar: number | null): FinancieelJaarCijfers => ({
  jaar,
  betaalt: 0,
  gezamenlijk: 0,
  ontvangt: 0,
  nogOnbekend: false,
});

/**
 * The overview per partij per year over all afspraken: a yearly amount counts in every year it
 * runs, a split gives each payer its part, and amounts not tied to a year stand apart (looptijd).
 * Partijen in the order they first appear.
 */
export function financieelOverzicht(
  afspraken: AfspraakBedragen[],
  overeenkomstJaren: number[],
): FinancieelCijfers {
  const jaren = [...overeenkomstJaren].sort((a, b) => a - b);
  const perPartij = new Map<string, Map<number | null, FinancieelJaarCijfers>>();
  const cel = (partijId: string, jaar: number | null) => {
    let rij = perPartij.get(partijId);
    if (!rij) perPartij.set(partijId, (rij = new Map<number | null, FinancieelJaarCijfers>()));
    let c = rij.get(jaar);
    if (!c) rij.set(jaar, (c = leeg(jaar)));
    return c;
  };
  const totaalPerJaar = new Map<number, number>(jaren.map((j) => [j, 0]));
  let totaalLooptijd = 0;
  for (const afspraak of afspraken) {
    for (const b of afspraak.bedragen) {
      const inJaren = bedragJaren(b, afspraak.jaren, jaren);
      const plaatsen: (number | null)[] = inJaren.length ? inJaren : [null];
      if (b.onbekend) {
        for (const jaar of plaatsen) {
          for (const id of [...b.betalers.map((x) => x.partijId), ...b.ontvangerIds]) {
            cel(id, jaar).nogOnbekend = true;
          }
        }
        continue;
      }
      const delen = betalerDelen(b, b.centen);
      for (const jaar of plaatsen) {
        if (jaar == null) totaalLooptijd += b.centen;
        else totaalPerJaar.set(jaar, (totaalPerJaar.get(jaar) ?? 0) + b.centen);
        b.betalers.forEach((betaler, i) => {
          const c = cel(betaler.partijId, jaar);
          if (delen) c.betaalt += delen[i] ?? 0;
          else c.gezamenlijk += b.centen;
        });
        for (const ontvanger of b.ontvangerIds) cel(ontvanger, jaar).ontvangt += b.centen;
      }
    }
  }
  const partijen = [...perPartij.entries()].map(([partijId, rij]) => {
    const totaal = leeg(null);
    for (const c of rij.values()) {
      totaal.betaalt += c.betaalt;
      totaal.gezamenlijk += c.gezamenlijk;
      totaal.ontvangt += c.ontvangt;
      totaal.nogOnbekend ||= c.nogOnbekend;
    }
    return {
      partijId,
      perJaar: jaren.map((j) => rij.get(j) ?? leeg(j)),
      looptijd: rij.get(null) ?? leeg(null),
      totaal,
    };
  });
  return {
    jaren,
    partijen,
    totaalPerJaar: jaren.map((jaar) => ({ jaar, centen: totaalPerJaar.get(jaar) ?? 0 })),
    totaalLooptijd,
  };
}

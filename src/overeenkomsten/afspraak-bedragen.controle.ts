import { ErrorCode, invalid } from '../common/app-error';
import { bedragTekst } from '../gedeeld/bedrag';
import { getal } from '../indicatoren/streefwaarde-tekst';
import type { BedragInput } from './afspraak-bedragen';
import { BedragFrequentie, type StoredBedrag } from './financieel-overzicht';
import { type DeelContext, deelOpslaan, type StoredDeel } from './afspraak-deel';

/** What the checks need of the overeenkomst (OvereenkomstContext gives it). */
export interface BedragenContext {
  /** Refuses a partij that does not take part, naming `veld`. */
  deelnemer(partijId: string, veld: string, waarnemerMag: boolean): Promise<{ naam: string }>;
  /** Refuses a year outside the agreement's period, naming `veld`. */
  jaarschijf(jaar: number, veld: string): unknown;
}

/** Percentages may carry decimals (33,33 + 33,33 + 33,34); this much rounding is no contradiction. */
const PROCENT_MARGE = 0.0001;

/**
 * Checks the amounts of an afspraak against themselves and the overeenkomst, all of them before
 * anything is written, and gives what is stored. Refused is only what contradicts itself: a
 * split that does not add up, a split half in amounts and half in percentages, a partij that
 * pays and receives the same money, a range that ends before it starts, years outside the period.
 * `veld`: the path of the list in the input ("input.bedragen"). `delen`: what a deel may name,
 * from the afspraak as it will be stored (its leden, activiteiten and places).
 */
export async function controleerBedragen(
  input: (BedragInput | StoredBedrag)[],
  context: BedragenContext,
  veld = 'input.bedragen',
  delen?: DeelContext,
): Promise<StoredBedrag[]> {
  const uit: StoredBedrag[] = [];
  for (const [i, b] of input.entries()) {
    const pad = `${veld}.${i}`;
    const jaar = b.jaar ?? null;
    const totJaar = b.totJaar ?? null;
    if (totJaar != null) {
      if (b.frequentie === BedragFrequentie.EENMALIG) {
        throw invalid(
          `${pad}.totJaar`,
          'Een eenmalig bedrag valt in één jaar: laat totJaar leeg of kies per jaar of in totaal',
        );
      }
      if (jaar == null) {
        throw invalid(
          `${pad}.jaar`,
          `Geef bij een reeks tot en met ${totJaar} ook het eerste jaar`,
        );
      }
      if (totJaar <= jaar) {
        throw invalid(`${pad}.totJaar`, `Het laatste jaar (${totJaar}) ligt niet na ${jaar}`);
      }
      context.jaarschijf(totJaar, `${pad}.totJaar`);
    }
    if (jaar != null) context.jaarschijf(jaar, `${pad}.jaar`);
    const centen = onbekendOfCenten(b, pad);

    const betalers = b.betalers.map((x, j) => {
      if (x.centen != null && x.percentage != null) {
        throw invalid(
          `${pad}.betalers.${j}`,
          'Geef het deel van een betaler als bedrag of als percentage, niet allebei',
          ErrorCode.BEDRAG_VERDELING_ONJUIST,
        );
      }
      return { partijId: x.partijId, centen: x.centen ?? null, percentage: x.percentage ?? null };
    });
    if (new Set(betalers.map((x) => x.partijId)).size !== betalers.length) {
      throw invalid(
        `${pad}.betalers`,
        'Elke partij staat één keer bij de betalers',
        ErrorCode.AL_AANWEZIG,
      );
    }
    if (centen === null) {
      // Without an amount a split can only be in percentages.
      const j = betalers.findIndex((x) => x.centen != null);
      if (j >= 0) {
        throw invalid(
          `${pad}.betalers.${j}.centen`,
          'Het bedrag is nog onbekend: geef het deel van een betaler als percentage',
          ErrorCode.BEDRAG_VERDELING_ONJUIST,
        );
      }
    }
    controleerVerdeling(centen ?? 0, betalers, `${pad}.betalers`);
    const ontvangerIds = b.ontvangerIds ?? [];
    if (new Set(ontvangerIds).size !== ontvangerIds.length) {
      throw invalid(
        `${pad}.ontvangerIds`,
        'Elke partij staat één keer bij de ontvangers',
        ErrorCode.AL_AANWEZIG,
      );
    }
    for (const [j, x] of betalers.entries()) {
      const partij = await context.deelnemer(x.partijId, `${pad}.betalers.${j}.partijId`, true);
      if (ontvangerIds.includes(x.partijId)) {
        throw invalid(
          `${pad}.ontvangerIds`,
          `${partij.naam} betaalt dit bedrag en ontvangt het ook; noem haar aan één kant`,
          ErrorCode.BEDRAG_VERDELING_ONJUIST,
        );
      }
    }
    for (const [j, id] of ontvangerIds.entries()) {
      await context.deelnemer(id, `${pad}.ontvangerIds.${j}`, true);
    }
    uit.push({
      centen: centen ?? 0,
      ...(centen === null ? { onbekend: true as const } : {}),
      frequentie: b.frequentie,
      jaar,
      totJaar,
      doel: b.doel,
      betalers,
      ontvangerIds,
      ontvangerOmschrijving: b.ontvangerOmschrijving?.trim() || null,
      ...deelVan(b.deel, `${pad}.deel`, delen),
    });
  }
  return uit;
}

/** The amount, or null when it is not yet known; one of the two, never both or neither. */
function onbekendOfCenten(b: BedragInput, pad: string): number | null {
  // Stored, an unknown amount holds 0 cents; checked again (a copy, a restored version) it stays unknown.
  const centen = b.onbekend && b.centen === 0 ? null : (b.centen ?? null);
  if (b.onbekend && centen !== null) {
    throw invalid(
      `${pad}.centen`,
      'Een bedrag dat nog onbekend is heeft geen centen: laat centen leeg of zet onbekend uit',
    );
  }
  if (!b.onbekend && centen === null) {
    throw invalid(
      `${pad}.centen`,
      'Vul het bedrag in (centen), of geef aan dat het nog onbekend is',
    );
  }
  return centen;
}

/**
 * The stored amounts after the afspraak changed otherwise: a deel must still name one of its
 * leden, activiteiten or places (`veld`: "bedragen", the stored list).
 */
export function controleerBedragDelen(
  bedragen: StoredBedrag[],
  delen: DeelContext,
  veld = 'bedragen',
): StoredBedrag[] {
  return bedragen.map(({ deel, ...b }, i) => ({
    ...b,
    ...deelVan(deel, `${veld}.${i}.deel`, delen),
  }));
}

/**
 * The deel an amount is for, checked against the afspraak as it will be (`delen`); without
 * `delen` (a copy of an afspraak whose leden and places come along) the stored deel is kept.
 */
function deelVan(
  deel: BedragInput['deel'] | StoredDeel | undefined,
  veld: string,
  delen: DeelContext | undefined,
): { deel?: StoredDeel } {
  const opgeslagen = delen ? deelOpslaan(deel, veld, delen) : ((deel as StoredDeel) ?? null);
  return opgeslagen ? { deel: opgeslagen } : {};
}

/**
 * A split says each payer's part: all in amounts that add up to the amount, or all in
 * percentages that add up to 100. No split at all (several partijen pay jointly) is allowed.
 */
function controleerVerdeling(centen: number, betalers: StoredBedrag['betalers'], veld: string) {
  const inBedragen = betalers.filter((x) => x.centen != null).length;
  const inProcenten = betalers.filter((x) => x.percentage != null).length;
  if (inBedragen === 0 && inProcenten === 0) return;
  if (inBedragen > 0 && inProcenten > 0) {
    throw invalid(
      veld,
      'Verdeel het bedrag in bedragen of in percentages, niet door elkaar',
      ErrorCode.BEDRAG_VERDELING_ONJUIST,
    );
  }
  if (inBedragen + inProcenten !== betalers.length) {
    throw invalid(
      veld,
      'Geef bij een verdeling elke betaler een deel, of geen enkele (dan betalen zij samen)',
      ErrorCode.BEDRAG_VERDELING_ONJUIST,
    );
  }
  if (inBedragen) {
    const som = betalers.reduce((s, x) => s + (x.centen ?? 0), 0);
    if (som !== centen) {
      throw invalid(
        veld,
        `De delen van de betalers tellen op tot ${bedragTekst(som)}, niet tot het bedrag van ${bedragTekst(centen)}`,
        ErrorCode.BEDRAG_VERDELING_ONJUIST,
      );
    }
  } else {
    const som = betalers.reduce((s, x) => s + (x.percentage ?? 0), 0);
    if (Math.abs(som - 100) > PROCENT_MARGE) {
      throw invalid(
        veld,
        `De percentages van de betalers tellen op tot ${getal(som)}%, niet tot 100%`,
        ErrorCode.BEDRAG_VERDELING_ONJUIST,
      );
    }
  }
}

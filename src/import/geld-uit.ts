import { BedragFrequentie } from '../overeenkomsten/financieel-overzicht';
import { bijgesneden, heel, ingekort } from './gegevens-tekst';

/** Money: each amount with its frequency, its years and what it is for. */

/** "€ 200.000", "€1,5 miljoen", "twee ton" stay what they say in euro. */
export function bedragen(tekst: string): number[] {
  const uitkomst: number[] = [];
  for (const m of tekst.matchAll(
    /€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?(?:\s?(miljoen|mln|ton|duizend))?/gi,
  )) {
    let bedrag = Number(m[1]!.replace(/\./g, '')) + (m[2] ? Number(`0.${m[2]}`) : 0);
    const schaal = m[3]?.toLowerCase();
    if (schaal === 'miljoen' || schaal === 'mln') bedrag *= 1_000_000;
    else if (schaal === 'ton') bedrag *= 100_000;
    else if (schaal === 'duizend') bedrag *= 1_000;
    uitkomst.push(Math.round(bedrag * 100) / 100);
  }
  return uitkomst;
}

export interface VoorgesteldBedrag {
  euro: number;
  frequentie: BedragFrequentie;
  /** The jaarschijf; for PER_JAAR and TOTAAL the first year of a range the text states. */
  jaar: number | null;
  totJaar: number | null;
  /** What the money is for, in the text's words. */
  doel: string;
  /** The amount as it stands in the text, with a frequency right next to it. */
  woorden: string;
}

export const PER_JAAR = heel(
  `jaarlijks|jaarlijkse|per\\s+jaar|per\\s+kalenderjaar|elk\\s+jaar|ieder\\s+jaar|structureel`,
  'iu',
);
export const TOTAAL = heel(
  `in\\s+totaal|totaal|(?:over|gedurende|in|voor)\\s+de\\s+(?:hele\\s+|gehele\\s+)?looptijd`,
  'iu',
);
export const EENMALIG = heel(`eenmalig|eenmalige`, 'iu');
export const JAARTAL = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;

/** A limit on a price or an income: "een huur van maximaal € 880" is no money anyone gives. */
export const PRIJSGRENS =
  /\b(?:huur|huurprijs|huurgrens|aftoppingsgrens|liberalisatiegrens|inkomen|inkomensgrens|koopprijs|prijs|grens|woz-waarde)\b[^,;.]{0,50}$/iu;
export const GELDSTROOM =
  /\b(?:draagt|dragen|bij|beschikbaar|subsidie\p{L}*|betaalt|betalen|investeert|investeren|financiert|financieren|vergoedt|vergoeden|reserveert|reserveren|budget|bijdrage)\b/iu;

/** "in de periode 2027-2029", "van 2027 tot en met 2030", "vanaf 2028". */
export function periode(tekst: string): { van: number | null; tot: number | null } {
  const reeks =
    /(?<![\p{N}])((?:19|20)\d\d)\s*(?:[-–]|tot\s+en\s+met|t\/m|tot)\s*((?:19|20)\d\d)(?![\p{N}])/u.exec(
      tekst,
    );
  if (reeks) return { van: Number(reeks[1]), tot: Number(reeks[2]) };
  const vanaf = /\b(?:vanaf|met\s+ingang\s+van)\s+(?:\d{1,2}\s+\p{L}+\s+)?((?:19|20)\d\d)\b/iu.exec(
    tekst,
  );
  if (vanaf) return { van: Number(vanaf[1]), tot: null };
  const totEnMet = /\btot\s+en\s+met\s+((?:19|20)\d\d)\b/iu.exec(tekst);
  return { van: null, tot: totEnMet ? Number(totEnMet[1]) : null };
}

/**
 * What the money is for: "bij aan de wijkbudgetten", "beschikbaar voor procesbegeleiding van
 * initiatieven", "ten behoeve van …", "investeert … in …"; or a "Voor …" the clause opens with.
 * Not whom it goes to ("aan Stichting Welzijn"), nor what is given back ("in ruil voor").
 */
export function doelVan(tekst: string, van: number, tot: number, zinBegin: number): string | null {
  const na = tekst.slice(tot);
  const einde =
    /[,;:]|\.(?:\s|$)|\s(?:zodat|waarmee|waarbij|in\s+ruil|mits|om\s|op\s+voorwaarde|als\s+tegenprestatie|en\s+(?:de|het)\s+\p{Lu})/u;
  const clause = na.slice(0, einde.exec(na)?.index ?? na.length);
  const investering = /\b(?:investeer|investeert|investeren|steekt|steken)\b/i.test(
    tekst.slice(zinBegin, van) + clause,
  );
  const kandidaten = clause.matchAll(
    /(?<![\p{L}])(voor|aan|ten\s+behoeve\s+van|t\.b\.v\.|in)\s+(?=(\S+))/giu,
  );
  for (const k of kandidaten) {
    const woord = k[1]!.toLowerCase();
    const volgend = k[2]!;
    const ervoor = clause.slice(0, k.index);
    if (/\bruil\s*$|tegenprestatie\s*$/i.test(ervoor)) continue;
    if (woord === 'in' && (!investering || /^(\d|totaal|de\s+periode)/i.test(volgend))) continue;
    if (woord === 'aan' && /^\p{Lu}/u.test(volgend)) continue;
    if (/^(\d|rekening\b|zijn\b|haar\b|hun\b)/i.test(volgend) && woord !== 'aan') continue;
    const doel = bijgesneden(clause.slice(k.index + k[0].length));
    if (doel && !/^(?:de\s+)?(?:hele\s+)?looptijd$/i.test(doel)) return doel;
  }
  const voor =
    /^\s*voor\s+(.+?)\s+(?:stel|draag|beta|subsid|reserv|invest|finan|is|zijn|wordt|komt|heeft)/iu.exec(
      tekst.slice(zinBegin, van),
    );
  return voor ? bijgesneden(voor[1]!) || null : null;
}

/**
 * The amounts a text gives, each with how often, in which years and for what. `jaren` are the
 * years the afspraak's text names (VoorgesteldeAfspraak.jaren): "jaarlijks", "per jaar" make an
 * amount yearly; "in totaal", "over de looptijd" a total; "eenmalig", or a text of one year, once
 * in that year; otherwise yearly when the text names no year, and once in its first year when it
 * does. A limit on a rent or an income is no money anyone gives.
 */
export function geldUit(tekst: string, jaren: number[]): VoorgesteldBedrag[] {
  const waarden = bedragen(tekst);
  const alleJaren = [
    ...new Set([...jaren, ...[...tekst.matchAll(JAARTAL)].map((m) => Number(m[1]))]),
  ].sort((a, b) => a - b);
  const posities = [...tekst.matchAll(/€\s?\d[\d.,]*(?:\s?(?:miljoen|mln|ton|duizend)\b)?/giu)];
  // A full stop before a space ends a sentence; the dot of "€ 25.000" does not.
  const grenzen = [0, ...[...tekst.matchAll(/[.!?;](?=\s|$)/g)].map((m) => m.index + 1)];
  const zinRond = (positie: number) => ({
    begin: grenzen.filter((g) => g <= positie).at(-1) ?? 0,
    eind: grenzen.find((g) => g > positie) ?? tekst.length,
  });
  const uit: VoorgesteldBedrag[] = [];
  posities.forEach((p, i) => {
    const euro = waarden[i];
    if (euro === undefined) return;
    const van = p.index;
    const bedragTekst = p[0].replace(/[.,]+$/, '');
    const tot = van + bedragTekst.length;
    const zin = zinRond(van);
    // The words that belong to this amount: its sentence, up to the amounts on either side.
    const vorige = posities[i - 1];
    const volgende = posities[i + 1];
    const begin = Math.max(zin.begin, vorige ? vorige.index + vorige[0].length : 0);
    const eind = Math.min(zin.eind, volgende ? volgende.index : tekst.length);
    const omgeving = tekst.slice(begin, eind);
    const ervoor = tekst.slice(begin, van);
    if (PRIJSGRENS.test(ervoor) && !GELDSTROOM.test(omgeving)) return;

    // The year of this amount: one written after it ("€ 10.000 in 2027"), else the first before.
    const jaartallen = (a: number, b: number) =>
      [...tekst.slice(a, b).matchAll(JAARTAL)].map((m) => Number(m[1]));
    const eigenJaar =
      jaartallen(tot, eind)[0] ??
      jaartallen(begin, van)[0] ??
      jaartallen(zin.begin, zin.eind)[0] ??
      alleJaren[0] ??
      null;
    const { van: vanJaar, tot: totJaar } = periode(tekst.slice(zin.begin, zin.eind));
    let frequentie: BedragFrequentie;
    let jaar: number | null = null;
    let laatsteJaar: number | null = null;
    if (EENMALIG.test(omgeving)) {
      frequentie = BedragFrequentie.EENMALIG;
      jaar = eigenJaar;
    } else if (TOTAAL.test(omgeving)) {
      frequentie = BedragFrequentie.TOTAAL;
      [jaar, laatsteJaar] = [vanJaar, vanJaar !== null ? totJaar : null];
    } else if (PER_JAAR.test(omgeving)) {
      frequentie = BedragFrequentie.PER_JAAR;
      [jaar, laatsteJaar] = [vanJaar, totJaar];
    } else if (alleJaren.length === 0) {
      // "draagt € 200.000 bij", "€ 500.000 beschikbaar voor …": without a word for how often or a
      // year, the amount the parties commit to over the looptijd; the review can say otherwise.
      frequentie = BedragFrequentie.TOTAAL;
    } else {
      frequentie = BedragFrequentie.EENMALIG;
      jaar = eigenJaar;
    }
    // The frequency right next to the amount is part of what the review highlights.
    const voorwoord = /(?:jaarlijks|eenmalig|structureel|elk jaar|ieder jaar)\s+$/i.exec(ervoor);
    const nawoord = /^\s+(?:per\s+(?:jaar|kalenderjaar))/i.exec(tekst.slice(tot, eind));
    const woorden = tekst.slice(
      voorwoord ? van - voorwoord[0].length : van,
      nawoord ? tot + nawoord[0].length : tot,
    );
    const per =
      /^\s+per\s+(?!jaar|kalenderjaar)(\p{L}+)/iu.exec(tekst.slice(tot, eind))?.[1] ??
      /\bper\s+(?!jaar|kalenderjaar)(\p{L}+)\s+(?:\p{L}+\s+)?$/iu.exec(ervoor)?.[1];
    const doel =
      doelVan(tekst, van, tot, zin.begin) ??
      ingekort(
        tekst
          .slice(zin.begin, zin.eind)
          .replace(/\s+/g, ' ')
          .replace(/[\s.;]+$/, '')
          .trim() || tekst.trim(),
        500,
      );
    uit.push({
      euro,
      frequentie,
      jaar,
      totJaar: laatsteJaar,
      doel: ingekort(per && !doel.includes(`per ${per}`) ? `${doel} (per ${per})` : doel, 500),
      woorden,
    });
  });
  return uit;
}

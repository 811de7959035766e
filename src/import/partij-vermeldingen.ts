import { PartijSoort } from '../partijen/partij.entity';

/** Which partijen a text names, and the kind a partij's name gives away. */

/** A partij the import can name: one already known, or one read from the parties section. */
export interface BekendePartij {
  naam: string;
  soort?: PartijSoort;
}

const RECHTSVORM =
  /^(gemeente|stichting|woonstichting|woningstichting|woningcorporatie|huurdersvereniging|huurdersorganisatie|huurdersbelangenvereniging|vereniging|zorgkantoor)\s+/i;

/** How an agreement names a partij by its kind: "de gemeente", "de corporaties". */
const SOORTWOORD: Partial<Record<PartijSoort, RegExp>> = {
  [PartijSoort.GEMEENTE]: /\bgemeente\b/,
  [PartijSoort.WONINGCORPORATIE]: /\bcorporaties?\b|\bwoningcorporaties?\b/,
  [PartijSoort.HUURDERSORGANISATIE]:
    /\bhuurdersorganisaties?\b|\bhuurders(vereniging|raad|koepel)\b/,
  [PartijSoort.ZORGKANTOOR]: /\bzorgkantoor\b/,
};

/**
 * The partijen a text names, in the order it names them: by name, by name without its legal
 * form ("De Linie"), or by kind ("de gemeente") when only one partij is of that kind.
 */
export function genoemdePartijen(tekst: string, partijen: BekendePartij[]): string[] {
  return vermeldingen(tekst, partijen).map((p) => p.naam);
}

/** Each partij the text names, with where it first does, in the order the text names them. */
export function vermeldingen(
  tekst: string,
  partijen: BekendePartij[],
): { naam: string; positie: number }[] {
  const klein = tekst.toLowerCase();
  const treffers = partijen.flatMap(({ naam, soort }) => {
    // "Gemeente Vlietdam" without its form is a place name, which texts use for other things.
    const kort = /^gemeente\s/i.test(naam) ? naam : naam.replace(RECHTSVORM, '');
    const vormen = [naam, kort].map((v) => v.toLowerCase()).filter((v) => v.length >= 3);
    const gevonden: { naam: string; van: number; tot: number }[] = [];
    for (const v of vormen)
      for (let i = klein.indexOf(v); i >= 0; i = klein.indexOf(v, i + 1))
        gevonden.push({ naam, van: i, tot: i + v.length });
    const woord = soort ? SOORTWOORD[soort] : undefined;
    const enige = soort && partijen.filter((p) => p.soort === soort).length === 1;
    const opSoort = woord && enige ? woord.exec(klein) : null;
    if (opSoort)
      gevonden.push({ naam, van: opSoort.index, tot: opSoort.index + opSoort[0].length });
    return gevonden;
  });
  // "De Vliet" (Huurdersvereniging De Vliet, short) inside "Woonstichting De Vliet" names the latter.
  const binnenAnder = (t: (typeof treffers)[number]) =>
    treffers.some(
      (u) => u.naam !== t.naam && u.van <= t.van && u.tot >= t.tot && u.tot - u.van > t.tot - t.van,
    );
  const eerste = new Map<string, number>();
  for (const t of treffers.filter((t) => !binnenAnder(t)))
    eerste.set(t.naam, Math.min(eerste.get(t.naam) ?? Infinity, t.van));
  return [...eerste]
    .map(([naam, positie]) => ({ naam, positie }))
    .sort((a, b) => a.positie - b.positie);
}

/** The sentence of `tekst` that holds `positie`: what a partij named there commits to. */
export function zinRond(tekst: string, positie: number): string {
  // A full stop, question or exclamation mark before a space ends a sentence; "1.661" does not.
  const grenzen = [...tekst.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index + 1);
  const begin = grenzen.filter((g) => g <= positie).at(-1) ?? 0;
  const eind = grenzen.find((g) => g > positie) ?? tekst.length;
  return tekst.slice(begin, eind).trim();
}

const SOORT_UIT_NAAM: [RegExp, PartijSoort][] = [
  [/^gemeente\b/i, PartijSoort.GEMEENTE],
  [/^provincie\b/i, PartijSoort.PROVINCIE],
  [/huurder|bewonersraad/i, PartijSoort.HUURDERSORGANISATIE],
  [/zorgkantoor/i, PartijSoort.ZORGKANTOOR],
  [/cliëntenraad|clientenraad|cliëntenorganisatie/i, PartijSoort.CLIENTENORGANISATIE],
  [/welzijn/i, PartijSoort.WELZIJNSORGANISATIE],
  [/woon|woning|wonen\b|corporatie|bouwvereniging/i, PartijSoort.WONINGCORPORATIE],
  [/zorg|ggz|thuiszorg|verpleeg|begeleiding/i, PartijSoort.ZORGAANBIEDER],
];

export function soortUitNaam(naam: string): PartijSoort | null {
  return SOORT_UIT_NAAM.find(([patroon]) => patroon.test(naam))?.[1] ?? null;
}

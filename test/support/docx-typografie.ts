/*
 * The typography a published agreement keeps in Word and LibreOffice, checked in the document's
 * XML: tables never touch (they would merge), rows never split over a page, and a table with a
 * shaded header row repeats it on every page.
 */

const KOP_KLEUR = 'D9E2F3';

export function opmaakFouten(xml: string): string[] {
  const fouten: string[] = [];
  const geplakt = xml.match(/<\/w:tbl>\s*<w:tbl>/g)?.length ?? 0;
  if (geplakt) fouten.push(`${geplakt} keer twee tabellen tegen elkaar`);
  const rijen = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  const splitsbaar = rijen.filter((r) => !/<w:cantSplit(?:\/>|\s)/.test(r)).length;
  if (splitsbaar)
    fouten.push(`${splitsbaar} van ${rijen.length} rijen mogen over een pagina breken`);
  for (const tabel of xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const eerste = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(tabel)?.[0] ?? '';
    if (eerste.includes(`w:fill="${KOP_KLEUR}"`) && !/<w:tblHeader(?:\/>|\s)/.test(eerste))
      fouten.push(`kopregel zonder herhaling: ${eerste.replace(/<[^>]+>/g, ' ').slice(0, 80)}`);
  }
  return fouten;
}

/** Paragraph texts with their style id, in document order. */
export function alineas(xml: string): { stijl: string; tekst: string }[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    stijl: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    tekst: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  }));
}

/**
 * What a reader of the published agreement would stumble over: an afspraak number used twice, a
 * theme heading repeated within an onderdeel, and a sentence said twice within one afspraak.
 */
export function inhoudFouten(xml: string): string[] {
  const fouten: string[] = [];
  const ps = alineas(xml);
  const nummers = ps.filter((p) => p.stijl === 'Afspraakkop').map((p) => p.tekst.split(/\s/)[0]!);
  const dubbel = nummers.filter((n, i) => nummers.indexOf(n) !== i);
  if (dubbel.length) fouten.push(`nummers dubbel: ${dubbel.join(', ')}`);
  let koppen = new Set<string>();
  let zinnen = new Set<string>();
  for (const p of ps) {
    if (p.stijl === 'Heading1') koppen = new Set();
    if (p.stijl === 'Heading2' || p.stijl === 'Heading3') {
      if (koppen.has(p.tekst)) fouten.push(`kop twee keer: ${p.tekst}`);
      koppen.add(p.tekst);
    }
    if (p.stijl === 'Afspraakkop' || p.stijl.startsWith('Heading')) zinnen = new Set();
    // Table rows may say the same for different partijen; a source is named per definition.
    if (p.stijl === 'Tabeltekst') continue;
    for (const zin of p.tekst.split(/(?<=[.!?])\s+/)) {
      const kaal = zin
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (kaal.split(' ').length < 6 || zin.startsWith('(bron')) continue;
      if (zinnen.has(kaal)) fouten.push(`zin twee keer: ${zin.slice(0, 80)}`);
      zinnen.add(kaal);
    }
  }
  return fouten;
}

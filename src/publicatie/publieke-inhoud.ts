import type { ExportOvereenkomst, ExportOnderdeel } from '../export/export-gegevens';
import type { AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { dagVan } from '../jaarcyclus/nederlandse-tijd';
import {
  publicatiePaden,
  type PubliekeAfspraak,
  type PubliekeOndertekening,
  type PubliekeOvereenkomst,
  type PubliekThema,
  SCHEMA_VERSIE,
} from '../gedeeld/publicatie';

/*
 * What the public sees of a published overeenkomst: built from the signed versions by an
 * allowlist, field by field, so nothing of the negotiation (standpunten, comments, proposals,
 * suggestions, drafts, the audit trail, members, e-mail addresses, internal ids) can slip in when
 * the content types grow. docs/publicatie.schema.json describes it; a test validates against it.
 */

export * from '../gedeeld/publicatie';

function afspraak(a: AfspraakInhoud): PubliekeAfspraak {
  return {
    nummer: a.nummer,
    titel: a.titel,
    type: a.type,
    tekst: a.tekst,
    leden: (a.leden ?? []).map((l) => ({ letter: l.letter, tekst: l.tekst })),
    trekker: a.trekker.naam,
    betrokkenen: a.betrokkenen.map((b) => ({
      partij: b.naam,
      rol: b.rol ?? null,
      bijdrage: b.bijdrage,
    })),
    doelgroepen: [...a.doelgroepen],
    voorwaarden: [...a.voorwaarden],
    jaren: a.jaren.map((j) => ({ jaar: j.jaar, concretisering: j.concretisering })),
    indicatoren: (a.indicatoren ?? []).map((i) => ({
      naam: i.naam,
      eenheid: i.eenheid,
      definitie: i.definitie,
      richting: i.richting,
      nulmeting:
        i.nulmetingWaarde === null ? null : { waarde: i.nulmetingWaarde, jaar: i.nulmetingJaar },
      streefwaarden: i.streefwaarden.map((s) => ({
        jaar: s.jaar,
        plaats: s.locatie?.naam ?? null,
        soort: s.soort,
        waarde: s.waarde,
        min: s.min,
        max: s.max,
        effect: s.effect,
      })),
    })),
  };
}

/** The afspraken by theme, in their numbered order, each theme once. */
export function perThema(afspraken: readonly AfspraakInhoud[]): PubliekThema[] {
  const themas = new Map<string, PubliekThema>();
  for (const a of [...afspraken].sort((x, y) => x.volgorde - y.volgorde)) {
    let thema = themas.get(a.thema.id);
    if (!thema) {
      thema = { naam: a.thema.naam, domein: a.thema.domein, afspraken: [] };
      themas.set(a.thema.id, thema);
    }
    thema.afspraken.push(afspraak(a));
  }
  return [...themas.values()];
}

function ondertekeningen(o: ExportOnderdeel): PubliekeOndertekening[] {
  const versie = o.versie;
  if (!versie) return [];
  if (versie.extern) {
    return versie.extern.ondertekenaars.map((t) => ({
      partij: t.partij,
      naam: t.naam,
      functie: t.functie,
      datum: versie.extern!.datum,
    }));
  }
  return versie.ondertekeningen.map((t) => ({
    partij: t.partij,
    naam: t.naam,
    functie: t.functie,
    // The day in the Netherlands: a signature at 23:30 UTC is dated the next day there.
    datum: dagVan(t.tijd),
  }));
}

/** The public snapshot of an export of the signed versions (every onderdeel has one). */
export function publiekeInhoud(
  gegevens: ExportOvereenkomst,
  slug: string,
  op: Date,
  metPdf: boolean,
): PubliekeOvereenkomst {
  const paden = publicatiePaden(slug);
  return {
    schemaVersie: SCHEMA_VERSIE,
    slug,
    titel: gegevens.titel,
    periode: { startjaar: gegevens.startjaar, eindjaar: gegevens.eindjaar },
    gemeenten: [...gegevens.gemeenten],
    // The regie (the gemeente) first, then by name: the order of a "Partijen" section.
    partijen: [...gegevens.deelnemers]
      .sort((a, b) => Number(b.regie) - Number(a.regie) || a.naam.localeCompare(b.naam, 'nl'))
      .map((d, i) => ({ naam: d.naam, rol: d.rol, logo: d.logo ? paden.logo(i + 1) : null })),
    preambule: gegevens.preambule?.tekst || null,
    gepubliceerdOp: op.toISOString(),
    onderdelen: gegevens.onderdelen.map((o) => ({
      titel: o.titel,
      soort: o.soort,
      versie: {
        nummer: o.versie!.nummer,
        vingerafdruk: o.versie!.hash,
        buitenDriehoekOndertekend: o.versie!.extern !== null,
      },
      ondertekeningen: ondertekeningen(o),
      themas: perThema(o.afspraken),
    })),
    downloads: { json: paden.json, docx: paden.docx, pdf: metPdf ? paden.pdf : null },
  };
}

/**
 * A readable address from the gemeenten, the title and the period: lower case, without accents,
 * words joined by hyphens, each word once ("Gemeente Vlietdam" + "Prestatieafspraken Vlietdam
 * 2026–2029" → gemeente-vlietdam-prestatieafspraken-2026-2029), at most 80 characters.
 */
export function maakSlug(delen: readonly string[]): string {
  const woorden = delen
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const uniek = [...new Set(woorden)];
  let slug = '';
  for (const w of uniek) {
    const langer = slug ? `${slug}-${w}` : w;
    if (langer.length > 80) break;
    slug = langer;
  }
  return slug || 'overeenkomst';
}

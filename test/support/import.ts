import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { TestApp } from './test-app';

/**
 * A Word agreement as gemeenten write them: title, parties (the demo's driehoek and one
 * zorgpartij Driehoek does not know yet), preamble, three articles with numbered clauses holding
 * `afspraken` (six: 2, 3 and 1 per article), and the signature section.
 */
export function akkoordDocx(afspraken: string[]): Promise<Buffer> {
  const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ text, heading });
  const [a, b, c, d, e, f] = afspraken;
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            p('Prestatieafspraken Vlietdam 2027–2030', HeadingLevel.TITLE),
            p('De ondergetekenden:'),
            p(
              '1. Gemeente Vlietdam, gevestigd te Vlietdam, vertegenwoordigd door de wethouder wonen;',
            ),
            p(
              '2. Woonstichting De Vliet, gevestigd te Vlietdam, vertegenwoordigd door de directeur-bestuurder;',
            ),
            p(
              '3. Huurdersvereniging De Vliet, gevestigd te Vlietdam, vertegenwoordigd door de voorzitter;',
            ),
            p(
              '4. Zorgcoöperatie Vlietland, gevestigd te Vlietdam, vertegenwoordigd door de bestuurder;',
            ),
            p('hierna gezamenlijk te noemen: partijen.'),
            p('Overwegende dat:'),
            p('a. het aantal ouderen in Vlietdam tot 2040 sterk groeit;'),
            p('b. partijen samen verantwoordelijk zijn voor wonen met zorg in de wijk;'),
            p('Komen het volgende overeen:'),
            p('Artikel 1 Beschikbaarheid'),
            p(`1.1 ${a}`),
            p(`1.2 ${b}`),
            p('Artikel 2 Wonen en zorg'),
            p(`2.1 ${c}`),
            p(`2.2 ${d}`),
            p(`2.3 ${e}`),
            p('Artikel 3 Samenwerking'),
            p(`3.1 ${f}`),
            p('Aldus overeengekomen en ondertekend te Vlietdam op 12 december 2026.'),
            p('Gemeente Vlietdam'),
          ],
        },
      ],
    }),
  );
}

/** POST /import/overeenkomsten as the person of `token` (or anonymously). */
export async function uploadAkkoord(
  t: TestApp,
  token: string | null,
  bestand: Buffer,
  naam: string,
): Promise<{ status: number; body: Record<string, any> }> {
  const form = new FormData();
  form.append('bestand', new Blob([new Uint8Array(bestand)]), naam);
  const res = await fetch(`${t.baseUrl}/import/overeenkomsten`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { TestApp } from './test-app';

const ARTIKELEN = ['Beschikbaarheid', 'Wonen en zorg', 'Samenwerking'];

/**
 * A Word agreement as gemeenten write them: title, parties (the demo's driehoek and one
 * zorgpartij Driehoek does not know yet), preamble, three articles with numbered clauses holding
 * `afspraken` (`perArtikel` of them in each), and the signature section.
 */
export function akkoordDocx(afspraken: string[], perArtikel = [2, 3, 1]): Promise<Buffer> {
  const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ text, heading });
  let volgende = 0;
  const artikelen = ARTIKELEN.flatMap((titel, i) => [
    p(`Artikel ${i + 1} ${titel}`),
    ...afspraken
      .slice(volgende, (volgende += perArtikel[i]!))
      .map((tekst, j) => p(`${i + 1}.${j + 1} ${tekst}`)),
  ]);
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
            ...artikelen,
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
  gemeenteId?: string,
): Promise<{ status: number; body: Record<string, any> }> {
  const form = new FormData();
  if (gemeenteId) form.append('gemeenteId', gemeenteId);
  form.append('bestand', new Blob([new Uint8Array(bestand)]), naam);
  const res = await fetch(`${t.baseUrl}/import/overeenkomsten`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

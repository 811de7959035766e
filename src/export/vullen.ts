import { randomUUID } from 'node:crypto';
import {
  Document,
  type FileChild,
  type IPatch,
  Packer,
  patchDocument,
  PatchType,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Fills a Word template: the small placeholders (title, period, …) with docx's patchDocument,
 * and {{inhoud}} with a body built by docx's Packer, put in the place of that placeholder's
 * paragraph. patchDocument could do the body too, but it re-parses every generated element
 * (about 2.5 s for 200 afspraken, against 0.5 s this way). The body uses only what needs no
 * parts of its own (styles by id, tables, internal bookmarks and links; lists as indented
 * paragraphs) except images, whose media files and relationships are carried over (renamed so
 * they cannot clash with the template's own).
 */
export async function vulSjabloon(
  sjabloon: Buffer,
  patches: Record<string, IPatch>,
  inhoud: FileChild[],
): Promise<Buffer> {
  const merkteken = `DRIEHOEK-INHOUD-${randomUUID()}`;
  const [omlijsting, lichaam] = await Promise.all([
    patchDocument({
      outputType: 'nodebuffer',
      data: sjabloon,
      patches: {
        ...patches,
        inhoud: { type: PatchType.PARAGRAPH, children: [new TextRun(merkteken)] },
      },
      keepOriginalStyles: true,
    }),
    Packer.toBuffer(new Document({ sections: [{ children: inhoud }] })),
  ]);
  const bestanden = unzipSync(new Uint8Array(omlijsting));
  const document = deel(bestanden, 'word/document.xml');
  const plek = document.indexOf(merkteken);
  if (plek < 0) throw new Error('Het sjabloon bevat geen {{inhoud}}');
  const begin = Math.max(document.lastIndexOf('<w:p>', plek), document.lastIndexOf('<w:p ', plek));
  const einde = document.indexOf('</w:p>', plek) + '</w:p>'.length;
  const gebouwd = unzipSync(new Uint8Array(lichaam));
  const body = neemAfbeeldingenOver(gebouwd, bestanden, bodyVan(gebouwd));
  bestanden['word/document.xml'] = strToU8(document.slice(0, begin) + body + document.slice(einde));
  return Buffer.from(zipSync(bestanden, { level: 6 }));
}

/** The body's content of a document made by Packer, without its closing section properties. */
function bodyVan(gebouwd: Record<string, Uint8Array>): string {
  const xml = deel(gebouwd, 'word/document.xml');
  const begin = xml.indexOf('<w:body>') + '<w:body>'.length;
  const einde = xml.lastIndexOf('<w:sectPr');
  return xml.slice(begin, einde > begin ? einde : xml.lastIndexOf('</w:body>'));
}

/** A part of a Word package as text; a package without it is no Word document. */
function deel(pakket: Record<string, Uint8Array>, naam: string): string {
  const bytes = pakket[naam];
  if (!bytes) throw new Error(`Het Word-document mist ${naam}`);
  return strFromU8(bytes);
}

const RELS = 'word/_rels/document.xml.rels';
const AFBEELDING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/**
 * Copies the images of the built body into the template's package: media file, relationship
 * and content type, each under a new name; returns the body pointing at those names, with
 * drawing ids that do not repeat the template's.
 */
function neemAfbeeldingenOver(
  gebouwd: Record<string, Uint8Array>,
  doel: Record<string, Uint8Array>,
  body: string,
): string {
  const relaties = [
    ...strFromU8(gebouwd[RELS] ?? new Uint8Array()).matchAll(/<Relationship [^>]*\/>/g),
  ]
    .map((m) => m[0])
    .filter((r) => r.includes(`Type="${AFBEELDING}"`));
  if (relaties.length === 0) return body;
  let rels = deel(doel, RELS);
  let typen = deel(doel, '[Content_Types].xml');
  const nieuweIds = new Map<string, string>();
  relaties.forEach((relatie, i) => {
    const id = /Id="([^"]+)"/.exec(relatie)![1]!;
    const bron = /Target="([^"]+)"/.exec(relatie)![1]!;
    const extensie = bron.slice(bron.lastIndexOf('.') + 1).toLowerCase();
    const nieuw = `media/driehoek-${i + 1}.${extensie}`;
    doel[`word/${nieuw}`] = gebouwd[`word/${bron}`]!; // Packer wrote the image it refers to
    nieuweIds.set(id, `rIdDriehoek${i + 1}`);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdDriehoek${i + 1}" Type="${AFBEELDING}" Target="${nieuw}"/></Relationships>`,
    );
    if (!typen.includes(`Extension="${extensie}"`)) {
      typen = typen.replace(
        '</Types>',
        `<Default Extension="${extensie}" ContentType="image/${extensie === 'jpg' ? 'jpeg' : extensie}"/></Types>`,
      );
    }
  });
  doel[RELS] = strToU8(rels);
  doel['[Content_Types].xml'] = strToU8(typen);
  let volgnummer = 10_000;
  return body
    .replace(/r:embed="([^"]+)"/g, (geheel, id: string) =>
      nieuweIds.has(id) ? `r:embed="${nieuweIds.get(id)}"` : geheel,
    )
    .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++volgnummer}"`);
}

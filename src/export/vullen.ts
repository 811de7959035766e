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
 * paragraphs), so nothing else has to be merged into the template.
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
  const document = strFromU8(bestanden['word/document.xml']);
  const plek = document.indexOf(merkteken);
  if (plek < 0) throw new Error('Het sjabloon bevat geen {{inhoud}}');
  const begin = Math.max(document.lastIndexOf('<w:p>', plek), document.lastIndexOf('<w:p ', plek));
  const einde = document.indexOf('</w:p>', plek) + '</w:p>'.length;
  bestanden['word/document.xml'] = strToU8(
    document.slice(0, begin) + bodyVan(lichaam) + document.slice(einde),
  );
  return Buffer.from(zipSync(bestanden, { level: 6 }));
}

/** The body's content of a document made by Packer, without its closing section properties. */
function bodyVan(docx: Buffer): string {
  const xml = strFromU8(
    unzipSync(new Uint8Array(docx), { filter: (f) => f.name === 'word/document.xml' })[
      'word/document.xml'
    ],
  );
  const begin = xml.indexOf('<w:body>') + '<w:body>'.length;
  const einde = xml.lastIndexOf('<w:sectPr');
  return xml.slice(begin, einde > begin ? einde : xml.lastIndexOf('</w:body>'));
}

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

/*
 * The page numbers of the table of contents, from a real layout. Each heading of the contents
 * carries a hidden bookmark (`_Toc…`, see kop() in docx-bouwstenen.ts); LibreOffice writes the
 * bookmarks into its PDF as named destinations, which tell the page each heading landed on.
 * Those numbers then go into the contents' entries of the Word document, as the field's result
 * Word and LibreOffice show without updating it.
 */

const TOC = /_Toc\d{8}/;

/** The bookmarks of the contents' entries in a Word document, in order; none without contents. */
export function inhoudBladwijzers(docx: Buffer): string[] {
  const xml = documentXml(unzipSync(new Uint8Array(docx)));
  return [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="(_Toc\d{8})"/g)].map((m) => m[1]!);
}

/**
 * The page (counted from 1) of every `_Toc…` named destination in a PDF. LibreOffice escapes
 * the underscore in a destination's name, so the name is matched on its digits.
 */
export async function bladzijdenVanBladwijzers(pdf: Buffer): Promise<Map<string, number>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const paginas = new Map(document.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const uitkomst = new Map<string, number>();
  const neem = (naam: string, bestemming: unknown) => {
    const nummer = /Toc(\d{8})/.exec(naam)?.[1];
    let doel = document.context.lookup(bestemming as PDFRef);
    if (doel instanceof PDFDict) doel = doel.lookup(PDFName.of('D'));
    if (!nummer || !(doel instanceof PDFArray)) return;
    const pagina = paginas.get(doel.get(0).toString());
    if (pagina) uitkomst.set(`_Toc${nummer}`, pagina);
  };
  const catalogus = document.catalog;
  // PDF 1.1 style: a /Dests dictionary in the catalogue (what LibreOffice writes)
  const dests = catalogus.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict)
    for (const [sleutel, waarde] of dests.entries()) neem(sleutel.decodeText(), waarde);
  // PDF 1.2 style: a name tree under /Names /Dests
  const namen = catalogus.lookup(PDFName.of('Names'));
  const boom = namen instanceof PDFDict ? namen.lookup(PDFName.of('Dests')) : undefined;
  const loop = (knoop: unknown) => {
    if (!(knoop instanceof PDFDict)) return;
    const lijst = knoop.lookup(PDFName.of('Names'));
    if (lijst instanceof PDFArray)
      for (let i = 0; i + 1 < lijst.size(); i += 2) {
        const naam = lijst.lookup(i);
        if (naam instanceof PDFString || naam instanceof PDFHexString)
          neem(naam.decodeText(), lijst.get(i + 1));
      }
    const kinderen = knoop.lookup(PDFName.of('Kids'));
    if (kinderen instanceof PDFArray)
      for (let i = 0; i < kinderen.size(); i++) loop(kinderen.lookup(i));
  };
  loop(boom);
  return uitkomst;
}

/**
 * The Word document with each contents entry's page number filled in and the field written
 * clean, so neither Word nor LibreOffice asks to update it. Entries whose page is unknown keep
 * an empty number.
 */
export function vulPaginanummers(docx: Buffer, paginas: ReadonlyMap<string, number>): Buffer {
  const bestanden = unzipSync(new Uint8Array(docx));
  const xml = documentXml(bestanden)
    .replace(
      /(<w:hyperlink [^>]*w:anchor="(_Toc\d{8})"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*?<w:tab\/><w:t(?: [^>]*)?>)\d*(<\/w:t>)/g,
      (_geheel, begin: string, naam: string, einde: string) =>
        `${begin}${paginas.get(naam) ?? ''}${einde}`,
    )
    .replace(
      /(<w:fldChar w:fldCharType="begin") w:dirty="true"(\/><w:instrText[^>]*>TOC )/,
      '$1$2',
    );
  bestanden['word/document.xml'] = strToU8(xml);
  return Buffer.from(zipSync(bestanden, { level: 6 }));
}

/** Whether every entry has its page, in order of the document (a check on the layout read back). */
export function alleBladzijden(namen: string[], paginas: ReadonlyMap<string, number>): boolean {
  return namen.every((n) => TOC.test(n) && paginas.has(n));
}

function documentXml(bestanden: Record<string, Uint8Array>): string {
  const deel = bestanden['word/document.xml'];
  if (!deel) throw new Error('Het Word-document mist word/document.xml');
  return strFromU8(deel);
}

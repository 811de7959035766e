/*
 * A small but valid PDF for the demo's agreement signed on paper: one A4 page of text in
 * Helvetica, written by hand so the demo needs no PDF library. Offsets in the cross-reference
 * table are counted in bytes, so readers open it without repairing it.
 */

/** Helvetica's standard encoding covers Latin-1; anything else (such as an en dash) becomes "-". */
function pdfTekst(regel: string): string {
  return regel
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/gu, '-')
    .replace(/[\\()]/g, (teken) => `\\${teken}`);
}

/** A one-page PDF showing `regels`, the first as a heading. */
export function demoPdf(regels: readonly string[]): Buffer {
  const tekst = regels
    .map((regel, i) => `${i === 0 ? '/F1 14 Tf' : '/F1 11 Tf'} (${pdfTekst(regel)}) Tj T*`)
    .join('\n');
  const stroom = `BT\n16 TL\n72 770 Td\n${tekst}\nET`;
  const objecten = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stroom, 'latin1')} >>\nstream\n${stroom}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const posities: number[] = [];
  objecten.forEach((inhoud, i) => {
    posities.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${inhoud}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf +=
    `xref\n0 ${objecten.length + 1}\n0000000000 65535 f \n` +
    posities.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objecten.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

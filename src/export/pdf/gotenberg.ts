/**
 * Gotenberg 8's LibreOffice route: PDF/A-2b, Word bookmarks as named destinations (read back for
 * the contents' page numbers), and the document's indexes left as Driehoek filled them.
 */
export async function gotenbergNaarPdf(
  url: string,
  docx: Buffer,
  timeoutMs: number,
): Promise<Buffer> {
  const formulier = new FormData();
  formulier.append('files', new Blob([new Uint8Array(docx)]), 'document.docx');
  formulier.append('pdfa', 'PDF/A-2b');
  formulier.append('exportBookmarksToPdfDestination', 'true');
  formulier.append('updateIndexes', 'false');
  const antwoord = await fetch(`${url}/forms/libreoffice/convert`, {
    method: 'POST',
    body: formulier,
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!antwoord.ok) {
    const tekst = (await antwoord.text()).slice(0, 500);
    throw new Error(`Gotenberg antwoordde ${antwoord.status}: ${tekst}`);
  }
  return Buffer.from(await antwoord.arrayBuffer());
}

import { AppError, ErrorCode } from '../common/app-error';
import { BestandSoort, soortVan } from '../common/bestand';
import type { Blok } from './blok';
import { pdfBlokken, pdfRegels, type PdfLimieten } from './pdf-lezer';
import { wordBlokken } from './word-lezer';

/** Documented in the README: what an import reads at most. */
export const IMPORT_LIMIETEN: PdfLimieten & { maxBytes: number } = {
  maxBytes: 20 * 1024 * 1024,
  maxPaginas: 150,
  tijdslimietMs: 30_000,
  geheugenMb: 512,
};

/** The blocks of an uploaded agreement, by its file type (read from its contents, not its name). */
export async function leesBlokken(
  data: Buffer,
  limieten = IMPORT_LIMIETEN,
): Promise<{ blokken: Blok[]; paginas: number | null }> {
  if (data.length === 0) throw ongeldig('Het bestand is leeg');
  if (data.length > limieten.maxBytes)
    throw ongeldig(`Het bestand is groter dan ${limieten.maxBytes / 1024 / 1024} MB`);
  const soort = soortVan(data);
  if (soort === BestandSoort.PDF) {
    const { paginas, regels } = await pdfRegels(new Uint8Array(data), limieten);
    return { blokken: pdfBlokken(regels), paginas };
  }
  if (soort === BestandSoort.DOCX) return { blokken: await wordBlokken(data), paginas: null };
  throw ongeldig('Lever een Word-bestand (.docx) of een PDF aan');
}

function ongeldig(melding: string): AppError {
  return new AppError(ErrorCode.BESTAND_ONGELDIG, melding, 'bestand');
}

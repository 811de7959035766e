import { isUUID } from 'class-validator';
import { notFound } from '../common/app-error';
import type { Eis } from '../partijen/vereist';

/** "<uuid>.docx" or "<uuid>.pdf" → the uuid, or NOT_FOUND naming `wat`. */
export function idUit(bestand: string, wat: string): string {
  const id = bestand.replace(/\.(docx|pdf)$/, '');
  if (id === bestand || !isUUID(id)) throw notFound(wat, bestand);
  return id;
}

/** Whether a download's file name asks for the PDF/A rather than the Word document. */
export const alsPdf = (bestand: string) => bestand.endsWith('.pdf');

/**
 * A Word export of the overeenkomst or the onderdeel at `pad` (a route parameter); with `docx`
 * the parameter is its file name, "<id>.docx" or "<id>.pdf". Finds the overeenkomst for
 * `@GecontroleerdeOvereenkomst()`.
 */
export function exporteren(
  tabel: 'overeenkomst' | 'onderdeel',
  pad: string,
  { docx = false } = {},
): Eis {
  const label = tabel === 'overeenkomst' ? 'Overeenkomst' : 'Onderdeel';
  return {
    paden: [pad],
    async controleer(permissions, actor, waarde) {
      const gegeven = waarde(pad);
      const tekst = typeof gegeven === 'string' ? gegeven : '';
      const id = docx ? idUit(tekst, label) : tekst;
      if (tabel === 'overeenkomst') {
        await permissions.exporteren(actor, id);
        return id;
      }
      const overeenkomstId = await permissions.overeenkomstVan('onderdeel', id, label);
      await permissions.exporteren(actor, overeenkomstId, id);
      return overeenkomstId;
    },
  };
}

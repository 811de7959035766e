import { AppError, ErrorCode } from '../common/app-error';
import { type Bestand, bestandsnaam, BestandSoort, leesBestand } from '../common/bestand';
import { dagTekst } from '../gedeeld/datum';

/**
 * The rules for recording an onderdeel signed outside Driehoek, apart from the database: the
 * service reads what they need, and every refusal names the field it is about.
 */

export { MAX_BESTAND_BYTES as MAX_PDF_BYTES } from '../common/bestand';

/** Decodes and checks the signed PDF: not empty, not too large, and a PDF (it starts with %PDF-). */
export function leesPdf(base64: string): Omit<Bestand, 'soort'> {
  const { bestand, grootte, sha256 } = leesBestand(base64, 'input.bestand', [BestandSoort.PDF]);
  return { bestand, grootte, sha256 };
}

/** A file name as it may go into a Content-Disposition header: no path, ends in .pdf. */
export function pdfNaam(naam: string): string {
  return bestandsnaam(naam, BestandSoort.PDF, 'ondertekend');
}

/**
 * The day of signing, "YYYY-MM-DD", must exist and not lie after `vandaag` (also "YYYY-MM-DD",
 * in Dutch time).
 */
export function controleerDatum(datum: string, vandaag: string): void {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  const moment = new Date(Date.UTC(jaar!, maand! - 1, dag));
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(datum) ||
    moment.getUTCFullYear() !== jaar ||
    moment.getUTCMonth() !== maand! - 1 ||
    moment.getUTCDate() !== dag
  ) {
    throw new AppError(
      ErrorCode.VALIDATIE_FOUT,
      'Ongeldige invoer: input.datum moet een bestaande dag zijn (JJJJ-MM-DD)',
      'input.datum',
    );
  }
  if (datum > vandaag) {
    throw new AppError(
      ErrorCode.DATUM_IN_DE_TOEKOMST,
      `De datum van ondertekening (${datum}) ligt in de toekomst; vandaag is ${vandaag}`,
      'input.datum',
    );
  }
}

/** The years covered: within the overeenkomst's periode, and none after the current year. */
export function controleerJaren(
  jaren: readonly number[],
  periode: { startjaar: number; eindjaar: number },
  huidigJaar: number,
): void {
  if (jaren.length === 0) {
    throw new AppError(
      ErrorCode.VALIDATIE_FOUT,
      'Ongeldige invoer: input.jaren moet minstens één jaar bevatten',
      'input.jaren',
    );
  }
  if (new Set(jaren).size !== jaren.length) {
    throw new AppError(
      ErrorCode.VALIDATIE_FOUT,
      'Ongeldige invoer: input.jaren noemt een jaar twee keer',
      'input.jaren',
    );
  }
  const buiten = jaren.find((j) => j < periode.startjaar || j > periode.eindjaar);
  if (buiten !== undefined) {
    throw new AppError(
      ErrorCode.JAAR_BUITEN_PERIODE,
      `${buiten} valt buiten de periode van de overeenkomst (${periode.startjaar}–${periode.eindjaar})`,
      'input.jaren',
    );
  }
  const later = jaren.find((j) => j > huidigJaar);
  if (later !== undefined) {
    throw new AppError(
      ErrorCode.TE_VROEG,
      `${later} is nog niet begonnen; buiten Driehoek ondertekend kan alleen een jaar tot en met ${huidigJaar} zijn (onderteken volgende jaren in Driehoek)`,
      'input.jaren',
    );
  }
}

export interface GegevenOndertekenaar {
  partijId: string;
  naam: string;
  functie: string;
}

/**
 * Every partij that must sign the onderdeel is named once, and no other partij: the signatories
 * of the paper version are those the onderdeel names.
 */
export function controleerOndertekenaars(
  gegeven: readonly GegevenOndertekenaar[],
  vereist: readonly { id: string; naam: string }[],
): void {
  const bekend = new Set(vereist.map((p) => p.id));
  const gezien = new Set<string>();
  gegeven.forEach((o, i) => {
    if (!bekend.has(o.partijId)) {
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        `Ongeldige invoer: input.ondertekenaars[${i}].partijId is geen partij die dit onderdeel ondertekent`,
        `input.ondertekenaars[${i}].partijId`,
      );
    }
    if (gezien.has(o.partijId)) {
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        `Ongeldige invoer: input.ondertekenaars[${i}].partijId staat er twee keer in`,
        `input.ondertekenaars[${i}].partijId`,
      );
    }
    gezien.add(o.partijId);
  });
  const ontbrekend = vereist.filter((p) => !gezien.has(p.id));
  if (ontbrekend.length > 0) {
    throw new AppError(
      ErrorCode.ONDERTEKENAAR_ONTBREEKT,
      `Noem wie namens ${ontbrekend.map((p) => p.naam).join(', ')} heeft getekend (input.ondertekenaars)`,
      'input.ondertekenaars',
    );
  }
}

/** "ondertekend buiten Driehoek op 12 december 2025", for the jaarcyclus, the UI and the export. */
export function externTekst(datum: string): string {
  return `op ${dagTekst(datum)}`;
}

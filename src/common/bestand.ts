import { createHash } from 'node:crypto';
import { ValidateBy } from 'class-validator';
import { AppError, ErrorCode } from './app-error';

/*
 * Files uploaded through GraphQL (base64): the signed PDF of an onderdeel signed outside
 * Driehoek and the documents a verwijzing points at. Both are decoded, limited, recognised by
 * their first bytes (never by the name or a type the client claims) and hashed here, and go out
 * with the same Content-Disposition.
 */

/**
 * An upload may be at most 5 MB: base64 in a GraphQL request makes that about 6.7 MB, within the
 * 8 MB JSON body limit (MAX_AANVRAAG_BYTES) that also carries the export templates.
 */
export const MAX_BESTAND_BYTES = 5 * 1024 * 1024;

export enum BestandSoort {
  PDF = 'PDF',
  DOCX = 'DOCX',
  ODT = 'ODT',
}

export const BESTAND_MIME: Record<BestandSoort, string> = {
  [BestandSoort.PDF]: 'application/pdf',
  [BestandSoort.DOCX]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [BestandSoort.ODT]: 'application/vnd.oasis.opendocument.text',
};

const EXTENSIE: Record<BestandSoort, string> = {
  [BestandSoort.PDF]: 'pdf',
  [BestandSoort.DOCX]: 'docx',
  [BestandSoort.ODT]: 'odt',
};

export interface Bestand {
  bestand: Buffer;
  grootte: number;
  sha256: string;
  soort: BestandSoort;
}

const ZIP = Buffer.from('PK\u0003\u0004');
const ODT_MIMETYPE = Buffer.from(`mimetypeapplication/vnd.oasis.opendocument.text`);

/**
 * What the first bytes say. DOCX and ODT are both zip archives: an ODT starts with its
 * uncompressed "mimetype" entry (the OpenDocument rule), a DOCX names a word/ part in the
 * archive's (uncompressed) directory.
 */
export function soortVan(bestand: Buffer): BestandSoort | null {
  if (bestand.subarray(0, 5).equals(Buffer.from('%PDF-'))) return BestandSoort.PDF;
  if (!bestand.subarray(0, 4).equals(ZIP)) return null;
  if (bestand.subarray(30, 30 + ODT_MIMETYPE.length).equals(ODT_MIMETYPE)) return BestandSoort.ODT;
  if (bestand.includes('[Content_Types].xml') && bestand.includes('word/'))
    return BestandSoort.DOCX;
  return null;
}

/**
 * Decodes and checks an upload: not empty, not too large, and of one of the `soorten`; a refusal
 * names `veld`.
 */
export function leesBestand(
  base64: string,
  veld: string,
  soorten: readonly BestandSoort[],
): Bestand {
  const namen =
    soorten.length === 1 ? soorten[0]! : `${soorten.slice(0, -1).join(', ')} of ${soorten.at(-1)}`;
  const bestand = Buffer.from(base64, 'base64');
  if (bestand.length === 0 || bestand.length > MAX_BESTAND_BYTES) {
    throw new AppError(
      ErrorCode.BESTAND_ONGELDIG,
      `Ongeldige invoer: ${veld} moet een ${namen}-bestand van hoogstens ${MAX_BESTAND_BYTES / 1024 / 1024} MB zijn`,
      veld,
    );
  }
  const soort = soortVan(bestand);
  if (soort === null || !soorten.includes(soort)) {
    const uitleg =
      soorten.length === 1 && soorten[0] === BestandSoort.PDF ? ' (het begint niet met %PDF-)' : '';
    throw new AppError(
      ErrorCode.BESTAND_ONGELDIG,
      `Ongeldige invoer: ${veld} is geen ${namen}-bestand${uitleg}`,
      veld,
    );
  }
  return { ...metKenmerken(bestand), soort };
}

/** The bytes with their size and sha256, as a row that keeps a file stores them. */
export function metKenmerken(bestand: Buffer): {
  bestand: Buffer;
  grootte: number;
  sha256: string;
} {
  return {
    bestand,
    grootte: bestand.length,
    sha256: createHash('sha256').update(bestand).digest('hex'),
  };
}

/**
 * A file name as it may go into a Content-Disposition header: no path, no control characters
 * or quotes, ending in the extension of what the file is.
 */
export function bestandsnaam(naam: string, soort: BestandSoort, standaard: string): string {
  const extensie = EXTENSIE[soort];
  const kaal = (naam.split(/[\\/]/).pop() ?? '').replace(/[\p{C}"]+/gu, '').trim();
  const basis = kaal.replace(new RegExp(`\\.${extensie}$`, 'i'), '').slice(0, 200) || standaard;
  return `${basis}.${extensie}`;
}

/** The Content-Disposition of a download: an ASCII name for old clients, the real one in UTF-8. */
export function contentDisposition(naam: string): string {
  return `attachment; filename="${naam.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(naam)}`;
}

/**
 * Whether a text is base64 with padding, checked character by character. class-validator's
 * IsBase64 runs a backtracking regular expression whose stack overflows on a file of a few
 * megabytes (a RangeError, answered as an internal error instead of the refusal of the field).
 */
export function isBase64Tekst(tekst: string): boolean {
  if (tekst.length % 4 !== 0) return false;
  const opvulling = tekst.endsWith('==') ? 2 : tekst.endsWith('=') ? 1 : 0;
  for (let i = 0; i < tekst.length - opvulling; i++) {
    const c = tekst.charCodeAt(i);
    const geldig =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!geldig) return false;
  }
  return true;
}

/** The field holds a file, base64-encoded (see isBase64Tekst). */
export function IsBase64Bestand(): PropertyDecorator {
  return ValidateBy({
    name: 'isBase64Bestand',
    validator: {
      validate: (waarde: unknown) => typeof waarde === 'string' && isBase64Tekst(waarde),
      defaultMessage: () => 'moet een base64-gecodeerd bestand zijn',
    },
  });
}

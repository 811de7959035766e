import { AppError, ErrorCode } from '../common/app-error';
import { metKenmerken } from '../common/bestand';

/*
 * A partij's logo on the cover of its agreements and on the public page of a publication. Read
 * from its first bytes (never the name or a type the client claims): a PNG or a JPEG, small, and
 * with a size in pixels from its header, so the document can scale it without decoding it.
 */

export const MAX_LOGO_BYTES = 512 * 1024;
/** Enough for a sharp logo on paper; more only makes the document heavy. */
export const MAX_LOGO_PIXELS = 4000;
export const MIN_LOGO_PIXELS = 16;

export type LogoSoort = 'png' | 'jpg';

export const LOGO_MIME: Record<LogoSoort, string> = { png: 'image/png', jpg: 'image/jpeg' };

export interface Logo {
  bestand: Buffer;
  soort: LogoSoort;
  breedte: number;
  hoogte: number;
  grootte: number;
  sha256: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngMaat(b: Buffer): { breedte: number; hoogte: number } | null {
  if (b.length < 24 || !b.subarray(0, 8).equals(PNG)) return null;
  if (b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { breedte: b.readUInt32BE(16), hoogte: b.readUInt32BE(20) };
}

/**
 * Width and height from a JPEG's start-of-frame segment: the segments before it are walked by
 * their lengths. SOF markers are C0–CF except C4 (Huffman tables), C8 (reserved) and CC
 * (arithmetic coding conditioning).
 */
function jpegMaat(b: Buffer): { breedte: number; hoogte: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { hoogte: b.readUInt16BE(i + 5), breedte: b.readUInt16BE(i + 7) };
    }
    i += 2 + b.readUInt16BE(i + 2);
  }
  return null;
}

const weigering = (veld: string, uitleg: string) =>
  new AppError(ErrorCode.BESTAND_ONGELDIG, `Ongeldige invoer: ${veld} ${uitleg}`, veld);

/** Decodes and checks an uploaded logo; a refusal names `veld`. */
export function leesLogo(base64: string, veld: string): Logo {
  const bestand = Buffer.from(base64, 'base64');
  if (bestand.length === 0) throw weigering(veld, 'is leeg');
  if (bestand.length > MAX_LOGO_BYTES) {
    throw weigering(veld, `is te groot: een logo is hoogstens ${MAX_LOGO_BYTES / 1024} KB`);
  }
  const png = pngMaat(bestand);
  const maat = png ?? jpegMaat(bestand);
  if (!maat) {
    throw weigering(
      veld,
      'is geen PNG- of JPEG-afbeelding (andere soorten, zoals GIF of SVG, kunnen niet)',
    );
  }
  const { breedte, hoogte } = maat;
  if (
    breedte < MIN_LOGO_PIXELS ||
    hoogte < MIN_LOGO_PIXELS ||
    breedte > MAX_LOGO_PIXELS ||
    hoogte > MAX_LOGO_PIXELS
  ) {
    throw weigering(
      veld,
      `is ${breedte} × ${hoogte} pixels: een logo is tussen ${MIN_LOGO_PIXELS} en ${MAX_LOGO_PIXELS} pixels breed en hoog`,
    );
  }
  return { ...metKenmerken(bestand), soort: png ? 'png' : 'jpg', breedte, hoogte };
}

import { createHash } from 'node:crypto';
import type { AppError } from '../common/app-error';
import {
  controleerDatum,
  controleerJaren,
  controleerOndertekenaars,
  externTekst,
  leesPdf,
  MAX_PDF_BYTES,
  pdfNaam,
} from './extern';

const fout = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    const e = error as AppError;
    return { code: e.extensions.code, veld: e.extensions.veld };
  }
  return null;
};

describe('recording a signing outside Driehoek', () => {
  it('takes only a PDF, not empty and not too large, and hashes it', () => {
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    expect(leesPdf(pdf.toString('base64'))).toEqual({
      bestand: pdf,
      grootte: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const ongeldig = { code: 'BESTAND_ONGELDIG', veld: 'input.bestand' };
    expect(fout(() => leesPdf(''))).toEqual(ongeldig);
    expect(fout(() => leesPdf(Buffer.from('PK\u0003\u0004').toString('base64')))).toEqual(ongeldig);
    const groot = Buffer.concat([pdf, Buffer.alloc(MAX_PDF_BYTES)]);
    expect(fout(() => leesPdf(groot.toString('base64')))).toEqual(ongeldig);
  });

  it('keeps a file name to one safe name ending in .pdf', () => {
    expect(pdfNaam('C:\\stukken\\getekend.PDF')).toBe('getekend.pdf');
    expect(pdfNaam('../../"x"\u0000.pdf')).toBe('x.pdf');
    expect(pdfNaam('')).toBe('ondertekend.pdf');
  });

  it('takes an existing day, not in the future', () => {
    expect(fout(() => controleerDatum('2026-12-06', '2026-12-06'))).toBeNull();
    expect(fout(() => controleerDatum('2026-12-07', '2026-12-06'))).toEqual({
      code: 'DATUM_IN_DE_TOEKOMST',
      veld: 'input.datum',
    });
    expect(fout(() => controleerDatum('2025-02-29', '2026-12-06'))).toEqual({
      code: 'VALIDATIE_FOUT',
      veld: 'input.datum',
    });
  });

  it('takes years within the periode, up to this year, each once', () => {
    const periode = { startjaar: 2025, eindjaar: 2028 };
    expect(fout(() => controleerJaren([2025, 2026], periode, 2026))).toBeNull();
    expect(fout(() => controleerJaren([2024], periode, 2026))?.code).toBe('JAAR_BUITEN_PERIODE');
    expect(fout(() => controleerJaren([2027], periode, 2026))?.code).toBe('TE_VROEG');
    expect(fout(() => controleerJaren([], periode, 2026))?.code).toBe('VALIDATIE_FOUT');
    expect(fout(() => controleerJaren([2025, 2025], periode, 2026))?.code).toBe('VALIDATIE_FOUT');
  });

  it('wants every signing partij named once, and no other', () => {
    const vereist = [
      { id: 'g', naam: 'Gemeente Vlietdam' },
      { id: 'c', naam: 'Woonstichting De Vliet' },
    ];
    const o = (partijId: string) => ({ partijId, naam: 'N.N.', functie: 'bestuurder' });
    expect(fout(() => controleerOndertekenaars([o('g'), o('c')], vereist))).toBeNull();
    expect(fout(() => controleerOndertekenaars([o('g')], vereist))).toEqual({
      code: 'ONDERTEKENAAR_ONTBREEKT',
      veld: 'input.ondertekenaars',
    });
    expect(fout(() => controleerOndertekenaars([o('g'), o('x')], vereist))).toEqual({
      code: 'VALIDATIE_FOUT',
      veld: 'input.ondertekenaars[1].partijId',
    });
    expect(fout(() => controleerOndertekenaars([o('g'), o('g')], vereist))?.veld).toBe(
      'input.ondertekenaars[1].partijId',
    );
  });

  it('names the day in Dutch', () => {
    expect(externTekst('2024-12-12')).toBe('op 12 december 2024');
  });
});

import { leesPdf } from '../ondertekening/extern';
import { demoPdf } from './demo-pdf';

describe('demoPdf', () => {
  const pdf = demoPdf([
    'Prestatieafspraken Zandmeer 2025–2028',
    'Getekend (op papier) \\ 12 december 2024',
  ]);
  const tekst = pdf.toString('latin1');

  it('is a PDF the externe ondertekening accepts', () => {
    expect(leesPdf(pdf.toString('base64')).grootte).toBe(pdf.length);
    expect(tekst.endsWith('%%EOF\n')).toBe(true);
  });

  it('points each cross-reference entry and startxref at the byte where its object begins', () => {
    const startxref = Number(/startxref\n(\d+)\n/.exec(tekst)![1]);
    expect(tekst.slice(startxref, startxref + 4)).toBe('xref');
    const posities = [...tekst.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(posities).toHaveLength(5);
    posities.forEach((p, i) => expect(tekst.slice(p).startsWith(`${i + 1} 0 obj`)).toBe(true));
    const lengte = Number(/\/Length (\d+) >>\nstream\n/.exec(tekst)![1]);
    const begin = tekst.indexOf('stream\n') + 'stream\n'.length;
    expect(tekst.slice(begin + lengte)).toMatch(/^\nendstream/);
  });

  it('escapes what would end a string and replaces what Helvetica cannot show', () => {
    expect(tekst).toContain('(Prestatieafspraken Zandmeer 2025-2028)');
    expect(tekst).toContain('(Getekend \\(op papier\\) \\\\ 12 december 2024)');
  });
});

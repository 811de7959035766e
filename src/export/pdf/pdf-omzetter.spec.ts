import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '../../common/app-error';
import { laadPdfInstellingen } from '../../config/config';
import { PdfOmzetter } from './pdf-omzetter';
import { vindProgramma } from './soffice';
import { Wachtrij } from './wachtrij';

const SJABLOON = readFileSync(join(__dirname, '..', '..', '..', 'templates', 'huisstijl.docx'));

describe('PdfOmzetter', () => {
  it('refuses with PDF_NIET_BESCHIKBAAR and a Dutch message when there is no converter', async () => {
    const omzetter = new PdfOmzetter(laadPdfInstellingen({ SOFFICE: '/bestaat/niet/soffice' }));
    expect(await omzetter.beschikbaar()).toBe(false);
    await expect(omzetter.naarPdfA(SJABLOON)).rejects.toMatchObject({
      code: ErrorCode.PDF_NIET_BESCHIKBAAR,
      message: expect.stringContaining('GOTENBERG_URL') as unknown,
    });
  });

  it('reads its settings from the environment, refusing nonsense', () => {
    expect(laadPdfInstellingen({ GOTENBERG_URL: 'http://gotenberg:3000/' })).toEqual({
      gotenbergUrl: 'http://gotenberg:3000',
      soffice: 'soffice',
      gelijktijdig: 2,
      timeoutMs: 120_000,
    });
    expect(() => laadPdfInstellingen({ PDF_GELIJKTIJDIG: '0' })).toThrow(/PDF_GELIJKTIJDIG/);
  });

  it('runs at most the given number of tasks at once, in order', async () => {
    const wachtrij = new Wachtrij(2);
    let bezig = 0;
    let hoogste = 0;
    const volgorde: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        wachtrij.voerUit(async () => {
          bezig++;
          hoogste = Math.max(hoogste, bezig);
          await new Promise((klaar) => setImmediate(klaar));
          volgorde.push(i);
          bezig--;
        }),
      ),
    );
    expect(hoogste).toBe(2);
    expect(volgorde).toEqual([0, 1, 2, 3, 4]);
  });

  const metSoffice = execFileSync('sh', ['-c', 'command -v soffice || true']).length ? it : it.skip;

  metSoffice(
    'makes PDF/A-2b with the local LibreOffice, and kills one that takes too long',
    async () => {
      const omzetter = new PdfOmzetter(laadPdfInstellingen({}));
      const pdf = await omzetter.naarPdfA(SJABLOON);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);

      const haastig = new PdfOmzetter(laadPdfInstellingen({ PDF_TIMEOUT_MS: '50' }));
      await expect(haastig.naarPdfA(SJABLOON)).rejects.toMatchObject({
        code: ErrorCode.PDF_MISLUKT,
      });
      await omzetter.onModuleDestroy();
      await haastig.onModuleDestroy();
      expect(await vindProgramma('soffice')).not.toBeNull();
    },
    120_000,
  );
});

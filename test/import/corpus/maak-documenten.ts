import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { type CorpusOvereenkomst, type CorpusPartij, leesCorpus } from './corpus';

/*
 * Writes every overeenkomst of the corpus as three documents an importer has to read:
 *   <bestandsnaam>.genummerd.docx  plain paragraphs, numbers typed as text ("Artikel 2", "2.3", "a.")
 *   <bestandsnaam>.koppen.docx     Word headings, real Word numbering or bullets, a table of streefwaarden
 *   <bestandsnaam>.pdf             the koppen.docx converted by LibreOffice
 * Every afspraak text appears exactly once in each document, unchanged.
 *
 *   npx ts-node --transpile-only test/import/corpus/maak-documenten.ts <uitmap>
 */

/** A4 with margins of 2 cm, in twips. */
const PAGINA = { breedte: 11906, hoogte: 16838, marge: 1134 };
const TEKSTBREEDTE = PAGINA.breedte - 2 * PAGINA.marge;
/** Where the text of a numbered clause starts, after its typed number and a tab. */
const INSPRONG = 680;
const HANDTEKENLIJN = '______________________________';

// ---------- what both layouts share ----------

/** How the agreement calls a party after introducing it ("hierna te noemen: …"). */
function roepnaam(p: CorpusPartij, o: CorpusOvereenkomst): string {
  const enige = o.partijen.filter((q) => q.soort === p.soort).length === 1;
  switch (p.soort) {
    case 'GEMEENTE':
      return enige ? 'de gemeente' : `de gemeente ${p.naam.replace(/^Gemeente\s+/, '')}`;
    case 'ZORGKANTOOR':
      return enige ? 'het zorgkantoor' : p.naam;
    case 'HUURDERSORGANISATIE': {
      const soort = /^(Huurders\p{L}*)\s/u.exec(p.naam)?.[1]?.toLowerCase();
      if (!enige || !soort) return p.naam;
      return `${soort.endsWith('platform') ? 'het' : 'de'} ${soort}`;
    }
    default:
      return p.naam.replace(/^(Stichting|Woonstichting|Woningstichting)\s+/, '');
  }
}

/** "1. Gemeente Vlietdam, gevestigd te Vlietdam, …, hierna te noemen: de gemeente;" without the number. */
function partijTekst(p: CorpusPartij, o: CorpusOvereenkomst, laatste: boolean): string {
  const [straat, postcodePlaats] = (p.adres ?? '').split(/,\s*/);
  const plaats = /^\d{4}\s?[A-Z]{2}\s+(.+)$/.exec(postcodePlaats ?? '')?.[1] ?? o.plaats;
  const adres = !straat
    ? ''
    : /^postbus/i.test(straat)
      ? `, met postadres ${straat}`
      : `, kantoorhoudende aan ${straat}`;
  const kvk = p.kvk ? `, ingeschreven in het handelsregister onder nummer ${p.kvk}` : '';
  return (
    `${p.naam}, gevestigd te ${plaats}${adres}${kvk}, rechtsgeldig vertegenwoordigd door ` +
    `${p.vertegenwoordiger}, ${p.functie}, hierna te noemen: ${roepnaam(p, o)}${laatste ? ',' : ';'}`
  );
}

function ondertekenZin(o: CorpusOvereenkomst): string {
  return `Aldus overeengekomen en ondertekend te ${o.plaats} op ${o.datum}.`;
}

/** 1661 → "1.661". */
function getal(n: number): string {
  const [geheel, breuk] = String(n).split('.');
  const punten = (geheel ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return breuk ? `${punten},${breuk}` : punten;
}

function jarenVan(o: CorpusOvereenkomst): string[] {
  return [...new Set((o.streefwaarden ?? []).flatMap((s) => Object.keys(s.perJaar)))].sort();
}

function alinea(tekst: string, opties: { vet?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext: opties.keepNext,
    children: [new TextRun({ text: tekst, bold: opties.vet })],
  });
}

function voettekst(o: CorpusOvereenkomst): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            color: '595959',
            children: [`${o.titel} — pagina `, PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function nieuwDocument(o: CorpusOvereenkomst, inhoud: FileChild[]): Document {
  return new Document({
    creator: 'Driehoek importcorpus',
    title: o.titel,
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 21 },
          // lineRule spelled out: LibreOffice reads a line without one as exact, and a title's lines overlap.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: 'Arial', size: 36, bold: true, color: '1F3864' },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: 'Arial', size: 26, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        lijst('partijen', LevelFormat.DECIMAL, '%1.'),
        lijst('considerans', LevelFormat.LOWER_LETTER, '%1.'),
        lijst('afspraken', LevelFormat.DECIMAL, '%1.'),
        lijst('opsomming', LevelFormat.BULLET, '\u2022'),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGINA.breedte, height: PAGINA.hoogte },
            margin: {
              top: PAGINA.marge,
              bottom: PAGINA.marge,
              left: PAGINA.marge,
              right: PAGINA.marge,
            },
          },
        },
        footers: { default: voettekst(o) },
        children: inhoud,
      },
    ],
  });
}

function lijst(
  reference: string,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
) {
  return {
    reference,
    levels: [
      {
        level: 0,
        format,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: INSPRONG, hanging: INSPRONG } } },
      },
    ],
  };
}

// ---------- layout 1: numbers typed as text ----------

/** "2.3<tab>tekst" with a hanging indent, as a clause typed in Word without list numbering. */
function genummerd(nummer: string, tekst: string): Paragraph {
  return new Paragraph({
    keepLines: true,
    tabStops: [{ type: TabStopType.LEFT, position: INSPRONG }],
    indent: { left: INSPRONG, hanging: INSPRONG },
    children: [new TextRun(nummer), new TextRun({ children: [new Tab()] }), new TextRun(tekst)],
  });
}

function genummerdDocument(o: CorpusOvereenkomst): Document {
  const inhoud: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: o.titel, bold: true, size: 32 })],
    }),
    alinea('Partijen', { vet: true, keepNext: true }),
    alinea('De ondergetekenden:', { keepNext: true }),
    ...o.partijen.map((p, i) =>
      genummerd(`${i + 1}.`, partijTekst(p, o, i === o.partijen.length - 1)),
    ),
    alinea('hierna gezamenlijk te noemen: partijen,'),
    alinea('Overwegende dat:', { vet: true, keepNext: true }),
    ...o.considerans.map((c, i) => genummerd(`${String.fromCharCode(97 + i)}.`, c)),
    alinea('Komen het volgende overeen:', { vet: true }),
  ];
  o.hoofdstukken.forEach((h, i) => {
    inhoud.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 280, after: 120 },
        children: [new TextRun({ text: `Artikel ${i + 1} ${h.titel}`, bold: true })],
      }),
      ...h.afspraken.map((a, j) => genummerd(`${i + 1}.${j + 1}`, a.tekst)),
    );
  });
  inhoud.push(
    new Paragraph({ spacing: { before: 360 }, keepNext: true, text: ondertekenZin(o) }),
    ...o.partijen.flatMap((p) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 360 },
        children: [new TextRun({ text: p.naam, bold: true })],
      }),
      new Paragraph({ keepNext: true, spacing: { before: 480 }, text: HANDTEKENLIJN }),
      new Paragraph({ keepNext: true, text: p.vertegenwoordiger }),
      new Paragraph({ text: p.functie }),
    ]),
  );
  if (o.streefwaarden?.length) {
    inhoud.push(
      new Paragraph({ children: [new PageBreak()] }),
      alinea('Bijlage 1 Streefwaarden per jaar', { vet: true, keepNext: true }),
      ...o.streefwaarden.map((s) =>
        alinea(
          `${s.indicator} (${s.eenheid}): ` +
            Object.entries(s.perJaar)
              .map(([jaar, waarde]) => `${jaar}: ${getal(waarde)}`)
              .join('; '),
        ),
      ),
    );
  }
  return nieuwDocument(o, inhoud);
}

// ---------- layout 2: Word headings, numbering and tables ----------

function kop(tekst: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, text: tekst });
}

function cel(
  tekst: string,
  opties: { kop?: boolean; rechts?: boolean; breedte: number; houdBijVolgende?: boolean },
): TableCell {
  return new TableCell({
    width: { size: opties.breedte, type: WidthType.DXA },
    shading: opties.kop ? { fill: 'D9E2F3' } : undefined,
    children: [
      new Paragraph({
        // Keeps the rows of a small table on one page.
        keepNext: opties.houdBijVolgende,
        spacing: { after: 0 },
        alignment: opties.rechts ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: tekst, bold: opties.kop })],
      }),
    ],
  });
}

function streefwaardenTabel(o: CorpusOvereenkomst): Table {
  const jaren = jarenVan(o);
  const breedteIndicator = 3600;
  const breedteEenheid = 1900;
  const breedteJaar = Math.floor((TEKSTBREEDTE - breedteIndicator - breedteEenheid) / jaren.length);
  const rijen = o.streefwaarden ?? [];
  return new Table({
    width: { size: TEKSTBREEDTE, type: WidthType.DXA },
    columnWidths: [breedteIndicator, breedteEenheid, ...jaren.map(() => breedteJaar)],
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          cel('Indicator', { kop: true, breedte: breedteIndicator, houdBijVolgende: true }),
          cel('Eenheid', { kop: true, breedte: breedteEenheid, houdBijVolgende: true }),
          ...jaren.map((j) =>
            cel(j, { kop: true, rechts: true, breedte: breedteJaar, houdBijVolgende: true }),
          ),
        ],
      }),
      ...rijen.map((s, r) => {
        const houdBijVolgende = r < rijen.length - 1;
        return new TableRow({
          cantSplit: true,
          children: [
            cel(s.indicator, { breedte: breedteIndicator, houdBijVolgende }),
            cel(s.eenheid, { breedte: breedteEenheid, houdBijVolgende }),
            ...jaren.map((j) => {
              const waarde = s.perJaar[j];
              return cel(waarde === undefined ? '–' : getal(waarde), {
                rechts: true,
                breedte: breedteJaar,
                houdBijVolgende,
              });
            }),
          ],
        });
      }),
    ],
  });
}

function handtekeningenTabel(o: CorpusOvereenkomst): Table {
  const breedte = Math.floor(TEKSTBREEDTE / 2);
  const blok = (p: CorpusPartij | undefined): TableCell =>
    new TableCell({
      width: { size: breedte, type: WidthType.DXA },
      children: p
        ? [
            new Paragraph({ children: [new TextRun({ text: p.naam, bold: true })] }),
            new Paragraph({ spacing: { before: 600 }, text: HANDTEKENLIJN }),
            new Paragraph({ spacing: { after: 0 }, text: p.vertegenwoordiger }),
            new Paragraph({ spacing: { after: 360 }, text: p.functie }),
          ]
        : [new Paragraph({})],
    });
  const rijen: TableRow[] = [];
  for (let i = 0; i < o.partijen.length; i += 2)
    rijen.push(
      new TableRow({
        cantSplit: true,
        children: [blok(o.partijen[i]), blok(o.partijen[i + 1])],
      }),
    );
  return new Table({
    width: { size: TEKSTBREEDTE, type: WidthType.DXA },
    columnWidths: [breedte, breedte],
    borders: TableBorders.NONE,
    rows: rijen,
  });
}

function kopjesDocument(o: CorpusOvereenkomst, opsomming: boolean): Document {
  const inhoud: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: o.titel }),
    alinea(`Looptijd: ${o.startjaar} tot en met ${o.eindjaar}`),
    kop('Partijen'),
    alinea('De ondergetekenden:', { keepNext: true }),
    ...o.partijen.map(
      (p, i) =>
        new Paragraph({
          numbering: { reference: 'partijen', level: 0, instance: 0 },
          text: partijTekst(p, o, i === o.partijen.length - 1),
        }),
    ),
    alinea('hierna gezamenlijk te noemen: partijen,'),
    kop('Overwegingen'),
    alinea('Overwegende dat:', { keepNext: true }),
    ...o.considerans.map(
      (c) =>
        new Paragraph({
          numbering: { reference: 'considerans', level: 0, instance: 0 },
          text: c,
        }),
    ),
    alinea('Komen het volgende overeen:'),
  ];
  o.hoofdstukken.forEach((h, i) => {
    inhoud.push(
      kop(h.titel),
      ...h.afspraken.map(
        (a) =>
          new Paragraph({
            numbering: opsomming
              ? { reference: 'opsomming', level: 0 }
              : { reference: 'afspraken', level: 0, instance: i },
            // A clause stays on one page, so the running footer never cuts through its text.
            keepLines: true,
            text: a.tekst,
          }),
      ),
    );
  });
  if (o.streefwaarden?.length) inhoud.push(kop('Streefwaarden'), streefwaardenTabel(o));
  inhoud.push(kop('Ondertekening'), alinea(ondertekenZin(o)), handtekeningenTabel(o));
  return nieuwDocument(o, inhoud);
}

// ---------- writing and converting ----------

export type Layout = 'genummerd' | 'koppen' | 'pdf';

export interface CorpusDocument {
  pad: string;
  layout: Layout;
  overeenkomst: CorpusOvereenkomst;
}

/**
 * Writes every overeenkomst of `corpus` in three layouts into `uitmap`: numbered Word, Word with
 * headings, lists and tables, and the PDF LibreOffice makes of the latter.
 */
export async function maakDocumenten(
  uitmap: string,
  corpus: CorpusOvereenkomst[] = leesCorpus(),
): Promise<CorpusDocument[]> {
  mkdirSync(uitmap, { recursive: true });
  const documenten: CorpusDocument[] = [];
  for (const [i, o] of corpus.entries()) {
    const genummerdPad = join(uitmap, `${o.bestandsnaam}.genummerd.docx`);
    const kopjesPad = join(uitmap, `${o.bestandsnaam}.koppen.docx`);
    // Every other document lists its afspraken as bullets instead of numbers.
    writeFileSync(genummerdPad, await Packer.toBuffer(genummerdDocument(o)));
    writeFileSync(kopjesPad, await Packer.toBuffer(kopjesDocument(o, i % 2 === 1)));
    documenten.push(
      { pad: genummerdPad, layout: 'genummerd', overeenkomst: o },
      { pad: kopjesPad, layout: 'koppen', overeenkomst: o },
    );
  }

  // One LibreOffice run for all files, with a profile of its own so it doesn't clash with others.
  const profiel = `/tmp/lo-corpus-${process.pid}-${Date.now()}`;
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profiel}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        uitmap,
        ...documenten.filter((d) => d.layout === 'koppen').map((d) => d.pad),
      ],
      // Its output (and the harmless "javaldx" warning) only matters when it fails: then it is in the error.
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60_000 },
    );
  } finally {
    rmSync(profiel, { recursive: true, force: true });
  }
  for (const o of corpus) {
    const gemaakt = join(uitmap, `${o.bestandsnaam}.koppen.pdf`);
    if (!existsSync(gemaakt)) throw new Error(`LibreOffice maakte ${gemaakt} niet`);
    const pad = join(uitmap, `${o.bestandsnaam}.pdf`);
    renameSync(gemaakt, pad);
    documenten.push({ pad, layout: 'pdf', overeenkomst: o });
  }
  return documenten;
}

async function main(): Promise<void> {
  const uitmapArg = process.argv[2];
  if (!uitmapArg) {
    console.error('gebruik: ts-node test/import/corpus/maak-documenten.ts <uitmap>');
    process.exitCode = 2;
    return;
  }
  const begin = Date.now();
  const documenten = await maakDocumenten(resolve(uitmapArg));
  console.log(
    `${documenten.length} bestanden in ${resolve(uitmapArg)} in ${Date.now() - begin} ms`,
  );
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });

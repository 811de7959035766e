import {
  BorderStyle,
  type FileChild,
  HeadingLevel,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { externTekst } from '../ondertekening/extern';
import { alinea, datum, datumTijd, kenmerk, kop, tabel, tekst } from './docx-bouwstenen';
import { inPartijVolgorde, ondertekenendePartijen } from './docx-partijen';
import type {
  AuditSamenvatting,
  ExportOnderdeel,
  ExportOvereenkomst,
  ExportPartij,
  ExportVersie,
} from './export-gegevens';

/**
 * "Aldus overeengekomen en ondertekend te … op …" and a block per signing party in the order of
 * the Partijen section: name, function, date, place and a line to sign on; once signed in
 * Driehoek, who signed when, and the fingerprint of the version signed.
 */
export function handtekeningen(g: ExportOvereenkomst, onderdeel: ExportOnderdeel): FileChild[] {
  const versie = onderdeel.versie;
  if (versie?.extern) return buitenDriehoek(onderdeel, versie.extern);
  const getekend = (partijId: string) =>
    versie?.status === 'ONDERTEKEND' || versie?.status === 'TER_ONDERTEKENING'
      ? versie.ondertekeningen.find((o) => o.partijId === partijId)
      : undefined;
  const partijen = ondertekenendePartijen(g, [onderdeel]);
  // Signatories that left the deelnemers still sign what they signed.
  const overig = onderdeel.ondertekenaars.filter((p) => !partijen.some((x) => x.id === p.id));
  const blokken = [
    ...partijen.map((p) => blok(p.naam, p, getekend(p.id))),
    ...overig.map((p) => blok(p.naam, null, getekend(p.id))),
  ];
  const regie = inPartijVolgorde(g.deelnemers).find((p) => p.vestigingsplaats);
  const laatste =
    versie?.status === 'ONDERTEKEND'
      ? versie.ondertekeningen.map((o) => o.tijd).sort((a, b) => b.getTime() - a.getTime())[0]
      : undefined;
  return [
    kop(`Ondertekening: ${onderdeel.titel}`, HeadingLevel.HEADING_2),
    alinea(
      `Aldus overeengekomen en ondertekend te ${regie?.vestigingsplaats ?? LEEG} op ${laatste ? datum(laatste) : LEEG}.`,
    ),
    ...(versie
      ? [
          alinea(
            `Versie ${versie.nummer}${versie.addendumOp ? ` (addendum op versie ${versie.addendumOp})` : ''}, vastgelegd op ${datum(versie.bevrorenOp)}.`,
            'Kenmerk',
          ),
        ]
      : [alinea('Dit onderdeel is nog niet ter ondertekening voorgelegd.', 'Kenmerk')]),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: paren(blokken).map(
        (paar) =>
          new TableRow({
            cantSplit: true,
            children: [0, 1].map(
              (i) =>
                new TableCell({
                  width: { size: 50, type: WidthType.PERCENTAGE },
                  margins: { top: 120, bottom: 240, right: 240 },
                  children: paar[i] ?? [new Paragraph({ children: [] })],
                }),
            ),
          }),
      ),
    }),
    ...(versie?.status === 'ONDERTEKEND'
      ? [
          new Paragraph({
            style: 'Kenmerk',
            children: [
              tekst(`Vingerafdruk van versie ${versie.nummer} (SHA-256): `, { bold: true }),
              new TextRun({ text: versie.hash, font: 'Consolas', size: 16 }),
            ],
          }),
        ]
      : []),
  ];
}

/** A blank to fill in by hand. */
const LEEG = '……………………';

function paren<T>(lijst: T[]): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < lijst.length; i += 2) uit.push(lijst.slice(i, i + 2));
  return uit;
}

/** One party's signature block. */
function blok(
  naam: string,
  p: ExportPartij | null,
  getekend: ExportVersie['ondertekeningen'][number] | undefined,
): Paragraph[] {
  const regel = (label: string, waarde: string) =>
    new Paragraph({
      style: 'Tabeltekst',
      children: [tekst(`${label}: `), tekst(waarde)],
    });
  return [
    new Paragraph({
      style: 'Tabeltekst',
      keepNext: true,
      children: [tekst(p?.statutaireNaam ?? naam, { bold: true })],
    }),
    regel('Naam', getekend?.naam ?? p?.vertegenwoordiger ?? LEEG),
    regel('Functie', getekend?.functie ?? p?.vertegenwoordigerFunctie ?? LEEG),
    regel('Datum', getekend ? datum(getekend.tijd) : LEEG),
    // Where a party signs is written by hand, unless it signed in Driehoek.
    regel('Plaats', getekend ? 'digitaal, in Driehoek' : LEEG),
    getekend
      ? new Paragraph({
          style: 'Tabeltekst',
          spacing: { before: 240 },
          children: [
            tekst(
              `Digitaal ondertekend in Driehoek op ${datumTijd(getekend.tijd)} (hash ${getekend.versieHash.slice(0, 16)}…)`,
              { italics: true },
            ),
          ],
        })
      : new Paragraph({
          style: 'Tabeltekst',
          spacing: { before: 720 },
          border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
          children: [tekst('handtekening')],
        }),
  ];
}

/** Signed on paper before Driehoek was used: who signed, instead of empty signature lines. */
function buitenDriehoek(
  onderdeel: ExportOnderdeel,
  extern: NonNullable<ExportVersie['extern']>,
): FileChild[] {
  const door = extern.ondertekenaars.map((o) => `${o.naam} (${o.functie}, ${o.partij})`).join(', ');
  return [
    kop(`Ondertekening: ${onderdeel.titel}`, HeadingLevel.HEADING_2),
    alinea(`Ondertekend buiten Driehoek ${externTekst(extern.datum)} door ${door}.`),
    tabel(
      ['Partij', 'Naam', 'Functie', 'Datum'],
      extern.ondertekenaars.map((o) => [
        o.partij,
        o.naam,
        o.functie,
        externTekst(extern.datum).replace(/^op /, ''),
      ]),
      [34, 26, 24, 16],
    ),
  ];
}

export function certificaat(
  audit: AuditSamenvatting,
  onderdeel: ExportOnderdeel,
  versie: ExportVersie,
): FileChild[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    kop(`Certificaat van ondertekening: ${onderdeel.titel}`, HeadingLevel.HEADING_1),
    alinea(
      `Dit certificaat bevestigt dat versie ${versie.nummer} van "${onderdeel.titel}" is ondertekend door alle vereiste partijen. ` +
        'De hash hieronder is een SHA-256 over de vastgelegde inhoud; elke wijziging daarna levert een andere hash op.',
    ),
    kenmerk('Versie', String(versie.nummer)),
    kenmerk('Vastgelegd op', datumTijd(versie.bevrorenOp)),
    new Paragraph({
      style: 'Kenmerk',
      children: [
        tekst('Versie-hash: ', { bold: true }),
        new TextRun({ text: versie.hash, font: 'Consolas' }),
      ],
    }),
    tabel(
      ['Partij', 'Ondertekenaar', 'Functie', 'Tijdstip', 'Ondertekende hash'],
      versie.ondertekeningen.map((o) => [
        o.partij,
        o.naam,
        o.functie,
        datumTijd(o.tijd),
        `${o.versieHash.slice(0, 16)}…`,
      ]),
      [24, 20, 18, 20, 18],
    ),
    kop('Audit trail', HeadingLevel.HEADING_3),
    alinea(
      `Het audit trail van deze overeenkomst telt ${audit.aantal} stappen` +
        (audit.eerste && audit.laatste
          ? `, van ${datumTijd(audit.eerste)} tot ${datumTijd(audit.laatste)}`
          : '') +
        `. De hashketen is bij het maken van dit document gecontroleerd: ${audit.geldig ? 'geldig' : 'NIET geldig'}.`,
      'Kenmerk',
    ),
    ...(audit.laatsteHash
      ? [
          new Paragraph({
            style: 'Kenmerk',
            children: [
              tekst('Laatste hash in de keten: ', { bold: true }),
              new TextRun({ text: audit.laatsteHash, font: 'Consolas' }),
            ],
          }),
        ]
      : []),
  ];
}

import { type FileChild, HeadingLevel, PageBreak, Paragraph, TextRun } from 'docx';
import { externTekst } from '../ondertekening/extern';
import { alinea, datum, datumTijd, kenmerk, kop, tabel, tekst } from './docx-bouwstenen';
import type { AuditSamenvatting, ExportOnderdeel, ExportVersie } from './export-gegevens';

export function handtekeningen(onderdeel: ExportOnderdeel): FileChild[] {
  const versie = onderdeel.versie;
  if (versie?.extern) return buitenDriehoek(onderdeel, versie.extern);
  const getekend = (partijId: string) =>
    versie?.status === 'ONDERTEKEND' || versie?.status === 'TER_ONDERTEKENING'
      ? versie.ondertekeningen.find((o) => o.partijId === partijId)
      : undefined;
  return [
    kop(`Ondertekening: ${onderdeel.titel}`, HeadingLevel.HEADING_2),
    ...(versie
      ? [
          alinea(
            `Versie ${versie.nummer}${versie.addendumOp ? ` (addendum op versie ${versie.addendumOp})` : ''}, vastgelegd op ${datum(versie.bevrorenOp)}.`,
            'Kenmerk',
          ),
        ]
      : [alinea('Dit onderdeel is nog niet ter ondertekening voorgelegd.', 'Kenmerk')]),
    tabel(
      ['Partij', 'Naam', 'Functie', 'Datum'],
      onderdeel.ondertekenaars.map((p) => {
        const o = getekend(p.id);
        return o
          ? [p.naam, o.naam, o.functie, datum(o.tijd)]
          : [p.naam, 'nog niet ondertekend', '', ''];
      }),
      [34, 26, 24, 16],
    ),
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

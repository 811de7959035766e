import { getal, streefwaardeTekst } from '../indicatoren/streefwaarde-tekst';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  type IPatch,
  type ParagraphChild,
  PageBreak,
  Paragraph,
  PatchType,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PmMark, PmNode } from '../collaboration/prosemirror';
import { AFSPRAAK_TYPE_LABEL, AfspraakType } from '../overeenkomsten/afspraak-type';
import type { AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import {
  type AuditSamenvatting,
  heeftCertificaat,
  ExportOnderdeel,
  ExportOvereenkomst,
  ExportVersie,
} from './export-gegevens';

/*
 * The content of an export as docx elements, from data gathered beforehand. Style ids used
 * (a gemeente's template defines them to restyle the document): Title, Heading1–3, Afspraakkop,
 * Kenmerk, Tabeltekst; tables get a light header shading.
 */

const KOP_KLEUR = 'D9E2F3';
const VOLWASSENHEID: Record<string, string> = {
  VOORNEMEN: 'voornemen',
  AANZWENGELEN: 'aanzwengelen',
  SMART: 'SMART',
};
const ROL: Record<string, string> = {
  ONDERTEKENAAR: 'ondertekenaar',
  MEDEONDERTEKENAAR_BIJLAGE: 'medeondertekenaar bijlage(n)',
  WAARNEMER: 'waarnemer',
};

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const datum = (d: Date) => DATUM.format(d);
const DATUM_TIJD = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const datumTijd = (d: Date) => DATUM_TIJD.format(d);

const tekst = (t: string, opmaak: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: t, ...opmaak });
export const alinea = (t: string, style?: string) => new Paragraph({ style, children: [tekst(t)] });
/** Headings of levels 1–2 written while a document is built, for its table of contents. */
let inhoudsopgave: { title: string; level: number }[] | null = null;

export const kop = (t: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => {
  const level = heading === HeadingLevel.HEADING_1 ? 1 : heading === HeadingLevel.HEADING_2 ? 2 : 0;
  if (level && inhoudsopgave) inhoudsopgave.push({ title: t, level });
  return new Paragraph({ heading, children: [tekst(t)] });
};
export const kenmerk = (label: string, waarde: string) =>
  new Paragraph({
    style: 'Kenmerk',
    children: [tekst(`${label}: `, { bold: true }), tekst(waarde)],
  });

/**
 * A table with a shaded header row; cells hold plain text (lines become paragraphs). `vulling`
 * gives a body cell its own background colour (hex), e.g. a traffic light.
 */
export function tabel(
  kolommen: string[],
  rijen: string[][],
  breedtes?: number[],
  vulling?: (rij: number, kolom: number) => string | undefined,
): Table {
  const cel = (waarde: string, kopcel: boolean, i: number, rij = -1) => {
    const fill = kopcel ? KOP_KLEUR : vulling?.(rij, i);
    return new TableCell({
      width: breedtes ? { size: breedtes[i]!, type: WidthType.PERCENTAGE } : undefined,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: (waarde || '–')
        .split('\n')
        .map(
          (regel) =>
            new Paragraph({ style: 'Tabeltekst', children: [tekst(regel, { bold: kopcel })] }),
        ),
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: kolommen.map((k, i) => cel(k, true, i)) }),
      ...rijen.map((rij, r) => new TableRow({ children: rij.map((w, i) => cel(w, false, i, r)) })),
    ],
  });
}

// ------------------------------------------------------------------ rich text (ProseMirror)

function runs(nodes: PmNode[] | undefined): ParagraphChild[] {
  return (nodes ?? []).flatMap((node): ParagraphChild[] => {
    if (node.type === 'text') {
      const marks = new Set((node.marks ?? []).map((m: PmMark) => m.type));
      return [
        new TextRun({
          text: node.text ?? '',
          bold: marks.has('bold') || marks.has('strong'),
          italics: marks.has('italic') || marks.has('em'),
          underline: marks.has('underline') ? {} : undefined,
          strike: marks.has('strike'),
        }),
      ];
    }
    if (node.type === 'hardBreak' || node.type === 'hard_break') return [new TextRun({ break: 1 })];
    return runs(node.content);
  });
}

/** ProseMirror JSON as Word paragraphs and tables; plain text when there is no JSON. */
export function rijkeTekst(json: Record<string, unknown> | null, platteTekst: string): FileChild[] {
  const doc = json as PmNode | null;
  if (!doc?.content?.length) {
    return platteTekst
      .split('\n')
      .filter((r) => r.trim())
      .map((r) => alinea(r));
  }
  const blokken = (nodes: PmNode[], lijst?: { genummerd: boolean; niveau: number }): FileChild[] =>
    nodes.flatMap((node, index): FileChild[] => {
      switch (node.type) {
        case 'heading': {
          const level = Number(node.attrs?.level ?? 3);
          return [
            new Paragraph({
              heading: level <= 2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
              children: runs(node.content),
            }),
          ];
        }
        case 'bulletList':
        case 'bullet_list':
        case 'orderedList':
        case 'ordered_list':
          return blokken(node.content ?? [], {
            genummerd: node.type.startsWith('ordered'),
            niveau: lijst ? lijst.niveau + 1 : 0,
          });
        case 'listItem':
        case 'list_item':
          return (node.content ?? []).flatMap((kind, i) =>
            kind.type === 'paragraph' && i === 0
              ? [
                  // Marks as text rather than Word numbering, so the body needs no numbering part.
                  new Paragraph({
                    indent: { left: 360 * ((lijst?.niveau ?? 0) + 1), hanging: 280 },
                    children: [
                      new TextRun(lijst?.genummerd ? `${index + 1}.\t` : '•\t'),
                      ...runs(kind.content),
                    ],
                  }),
                ]
              : blokken([kind], lijst),
          );
        case 'table':
          return [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: (node.content ?? []).map(
                (rij) =>
                  new TableRow({
                    children: (rij.content ?? []).map(
                      (cel) =>
                        new TableCell({
                          shading:
                            cel.type === 'tableHeader' || cel.type === 'table_header'
                              ? { type: ShadingType.CLEAR, color: 'auto', fill: KOP_KLEUR }
                              : undefined,
                          children: (cel.content ?? []).map(
                            (p) =>
                              new Paragraph({ style: 'Tabeltekst', children: runs(p.content) }),
                          ),
                        }),
                    ),
                  }),
              ),
            }),
          ];
        case 'blockquote':
          return (node.content ?? []).map(
            (p) => new Paragraph({ indent: { left: 567 }, children: runs(p.content) }),
          );
        default:
          return [new Paragraph({ children: runs(node.content) })];
      }
    });
  return blokken(doc.content);
}

// ------------------------------------------------------------------------------ afspraken

function partijen(ids: unknown, namen: Record<string, string>): string {
  return (Array.isArray(ids) ? ids : [])
    .map((id) => namen[String(id)] ?? 'onbekende partij')
    .join(', ');
}

/** The type-specific details, the way each type is read. */
function details(a: AfspraakInhoud, namen: Record<string, string>): FileChild[] {
  const d = a.details;
  const s = (k: string): string => {
    const waarde = d[k];
    return typeof waarde === 'string' ? waarde : '';
  };
  switch (a.type) {
    case AfspraakType.PROCES:
      return [
        kenmerk('Overlegvorm', s('overlegvorm')),
        kenmerk('Frequentie', s('frequentie')),
        ...(Array.isArray(d.deelnemerIds) && d.deelnemerIds.length
          ? [kenmerk('Deelnemers', partijen(d.deelnemerIds, namen))]
          : []),
      ];
    case AfspraakType.BESCHRIJVEND:
      return [
        kenmerk(s('soort') === 'DEFINITIE' ? 'Definitie' : 'Uitgangspunt', s('omschrijving')),
      ];
    case AfspraakType.INTENTIE: {
      // The texts often start with "Als …" and "dan …" themselves.
      const zonder = (t: string, woord: string) => t.replace(new RegExp(`^${woord}\\s+`, 'i'), '');
      return [
        new Paragraph({
          style: 'Kenmerk',
          children: [
            tekst('Als ', { bold: true }),
            tekst(zonder(s('voorwaarde'), 'als')),
            tekst(' → dan ', { bold: true }),
            tekst(zonder(s('gevolg'), 'dan')),
          ],
        }),
      ];
    }
    case AfspraakType.HANDELING:
      return [
        tabel(
          ['Wat', 'Wie', 'Wanneer'],
          ((d.activiteiten as { wat: string; partijIds: string[]; wanneer: string }[]) ?? []).map(
            (x) => [x.wat, partijen(x.partijIds, namen), x.wanneer],
          ),
          [55, 25, 20],
        ),
      ];
    case AfspraakType.GARANTIE:
      return [
        kenmerk('Garantsteller(s)', partijen(d.garantstellerIds, namen)),
        kenmerk('Garandeert', s('wat')),
        kenmerk(
          'Geldig tot',
          s('geldigTot') ? datum(new Date(s('geldigTot'))) : 'de looptijd van de afspraken',
        ),
      ];
    case AfspraakType.TRANSACTIE:
      return [
        tabel(
          ['Partij', 'Levert', 'Ontvangt'],
          ((d.posten as { partijId: string; levert: string; ontvangt: string }[]) ?? []).map(
            (p) => [namen[p.partijId] ?? 'onbekende partij', p.levert, p.ontvangt],
          ),
          [30, 35, 35],
        ),
      ];
    default:
      return [];
  }
}

function afspraak(a: AfspraakInhoud, namen: Record<string, string>): FileChild[] {
  const uit: FileChild[] = [
    new Paragraph({ style: 'Afspraakkop', children: [tekst(`${a.nummer}  ${a.titel}`)] }),
    new Paragraph({
      style: 'Kenmerk',
      children: [
        tekst(AFSPRAAK_TYPE_LABEL[a.type], { bold: true }),
        tekst(
          `  ·  trekker: ${a.trekker.naam}  ·  volwassenheid: ${VOLWASSENHEID[a.volwassenheid] ?? a.volwassenheid}`,
        ),
        ...(a.jaren.length
          ? [tekst(`  ·  jaarschijven: ${a.jaren.map((j) => j.jaar).join(', ')}`)]
          : []),
      ],
    }),
    ...rijkeTekst(a.tekstJson, a.tekst),
    ...details(a, namen),
  ];
  if (a.betrokkenen.length) {
    uit.push(
      tabel(
        ['Betrokken partij', 'Bijdrage', 'Kostenaandeel'],
        a.betrokkenen.map((b) => [
          b.naam,
          b.bijdrage,
          b.kostenaandeel == null ? '' : `${getal(b.kostenaandeel)}%`,
        ]),
        [28, 52, 20],
      ),
    );
  }
  if (a.voorwaarden.length) uit.push(kenmerk('Voorwaarden', a.voorwaarden.join('; ')));
  const concreet = a.jaren.filter((j) => j.concretisering);
  for (const j of concreet) uit.push(kenmerk(`In ${j.jaar}`, j.concretisering));
  return uit;
}

/** Afspraken grouped by chapter (the theme's domain), with a heading per theme within it. */
function afsprakenPerThema(onderdeel: ExportOnderdeel, namen: Record<string, string>): FileChild[] {
  const uit: FileChild[] = [];
  let hoofdstuk = '';
  let thema = '';
  for (const a of onderdeel.afspraken) {
    const domein = a.thema.domein ?? a.thema.naam;
    const nummer = a.nummer.split('.')[0];
    if (`${nummer} ${domein}` !== hoofdstuk) {
      hoofdstuk = `${nummer} ${domein}`;
      thema = '';
      uit.push(kop(`${nummer}. ${domein}`, HeadingLevel.HEADING_2));
    }
    if (a.thema.domein && a.thema.naam !== thema) {
      thema = a.thema.naam;
      uit.push(kop(thema, HeadingLevel.HEADING_3));
    }
    uit.push(...afspraak(a, namen));
  }
  if (!onderdeel.afspraken.length) uit.push(alinea('Dit onderdeel bevat (nog) geen afspraken.'));
  return uit;
}

// ------------------------------------------------------------------------------ indicators

function indicatorTabellen(g: ExportOvereenkomst): FileChild[] {
  if (!g.indicatoren.length) return [];
  const uit: FileChild[] = [kop('Indicatoren per jaarschijf', HeadingLevel.HEADING_1)];
  for (const jaar of g.jaren) {
    uit.push(kop(`Jaarschijf ${jaar}`, HeadingLevel.HEADING_2));
    uit.push(
      tabel(
        ['Indicator', 'Nulmeting', `Streefwaarde ${jaar}`, `Realisatie ${jaar}`, 'Afspraken'],
        g.indicatoren.map((i) => {
          const r = i.realisaties.find((x) => x.jaar === jaar);
          return [
            `${i.naam} (${i.eenheid})`,
            i.nulmeting
              ? `${getal(i.nulmeting.waarde)}${i.nulmeting.jaar ? ` (${i.nulmeting.jaar})` : ''}`
              : '',
            streefwaardeTekst(
              i.streefwaarden.find((s) => s.jaar === jaar),
              i.eenheid,
            ),
            r ? `${getal(r.waarde)}\nbron: ${r.bron}` : '',
            i.afspraakNummers.join(', '),
          ];
        }),
        [27, 16, 19, 24, 14],
      ),
    );
  }
  uit.push(kop('Definities', HeadingLevel.HEADING_2));
  for (const i of g.indicatoren) {
    uit.push(
      new Paragraph({
        style: 'Kenmerk',
        children: [
          tekst(`${i.naam}: `, { bold: true }),
          tekst(i.definitie || 'geen definitie opgegeven'),
          ...(i.definitieBron ? [tekst(` (bron: ${i.definitieBron})`)] : []),
        ],
      }),
    );
  }
  return uit;
}

// ------------------------------------------------------------------------------ signatures

function handtekeningen(onderdeel: ExportOnderdeel): FileChild[] {
  const versie = onderdeel.versie;
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

function certificaat(
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

// ------------------------------------------------------------------------------ documents

export interface Opbouw {
  /** The small placeholders (title, period, …) → their text. */
  patches: Record<string, IPatch>;
  /** What goes in the place of {{inhoud}}. */
  inhoud: FileChild[];
}

export const regel = (t: string): IPatch => ({
  type: PatchType.PARAGRAPH,
  children: [new TextRun(t)],
});

function voorblad(
  g: ExportOvereenkomst,
  status: string,
  onderdelen: ExportOnderdeel[],
): Record<string, IPatch> {
  const betrokken = new Set(onderdelen.flatMap((o) => o.ondertekenaars.map((p) => p.id)));
  const volgorde = ['ONDERTEKENAAR', 'MEDEONDERTEKENAAR_BIJLAGE', 'WAARNEMER'];
  const partijenTekst = [...g.deelnemers]
    .sort(
      (a, b) =>
        Number(b.regie) - Number(a.regie) ||
        volgorde.indexOf(a.rol) - volgorde.indexOf(b.rol) ||
        a.naam.localeCompare(b.naam, 'nl'),
    )
    .filter((d) => betrokken.has(d.id) || d.rol === 'WAARNEMER')
    .map((d) => `${d.naam} (${ROL[d.rol] ?? d.rol}${d.regie ? ', regie' : ''})`)
    .join(' · ');
  return {
    titel: regel(g.titel),
    periode: regel(`${g.startjaar}–${g.eindjaar}`),
    gemeenten: regel(g.gemeenten.join(', ')),
    status: regel(`${status} · gemaakt op ${datum(g.gemaaktOp)} met Driehoek`),
    partijen: regel(partijenTekst),
  };
}

function statusVan(onderdelen: ExportOnderdeel[]): string {
  if (onderdelen.every((o) => o.versie?.status === 'ONDERTEKEND' && !o.concept))
    return 'Ondertekend';
  if (onderdelen.some((o) => !o.concept && o.versie?.status === 'TER_ONDERTEKENING'))
    return 'Ter ondertekening';
  return 'Concept';
}

/** The whole agreement: cover, contents, preamble, hoofddocument, indicators, bijlagen, signatures. */
export function bouwOvereenkomst(g: ExportOvereenkomst): Opbouw {
  inhoudsopgave = [];
  try {
    return bouwVolledig(g, inhoudsopgave);
  } finally {
    inhoudsopgave = null;
  }
}

function bouwVolledig(g: ExportOvereenkomst, toc: { title: string; level: number }[]): Opbouw {
  const hoofd = g.onderdelen.filter((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT);
  const bijlagen = g.onderdelen.filter((o) => o.soort === OnderdeelSoort.BIJLAGE);
  const inhoud: FileChild[] = [];
  if (g.preambule && (g.preambule.tekst || g.preambule.json)) {
    inhoud.push(
      kop('Preambule', HeadingLevel.HEADING_1),
      ...rijkeTekst(g.preambule.json, g.preambule.tekst),
    );
  }
  if (g.referenties.length) {
    inhoud.push(kop('Samenhang met ander beleid', HeadingLevel.HEADING_2));
    for (const r of g.referenties) inhoud.push(alinea(`${r.titel}${r.url ? ` (${r.url})` : ''}`));
  }
  for (const o of hoofd) {
    inhoud.push(
      kop(`Afspraken`, HeadingLevel.HEADING_1),
      ...versieRegel(o),
      ...afsprakenPerThema(o, g.partijNamen),
    );
  }
  inhoud.push(...indicatorTabellen(g));
  for (const b of bijlagen) {
    inhoud.push(
      new Paragraph({ children: [new PageBreak()] }),
      kop(`Bijlage: ${b.titel}`, HeadingLevel.HEADING_1),
      alinea(`Ondertekend door: ${b.ondertekenaars.map((p) => p.naam).join(', ')}.`, 'Kenmerk'),
      ...versieRegel(b),
      ...afsprakenPerThema(b, g.partijNamen),
    );
  }
  inhoud.push(
    new Paragraph({ children: [new PageBreak()] }),
    kop('Ondertekening', HeadingLevel.HEADING_1),
  );
  for (const o of g.onderdelen) inhoud.push(...handtekeningen(o));
  for (const o of g.onderdelen)
    if (heeftCertificaat(o) && g.audit) inhoud.push(...certificaat(g.audit, o, o.versie));
  // The contents field comes with its entries filled in, so it reads well before Word updates it
  // (and in applications that never do); Word adds the page numbers when it updates the field.
  inhoud.unshift(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [tekst('Inhoud')] }),
    new TableOfContents('Inhoud', {
      hyperlink: true,
      headingStyleRange: '1-2',
      cachedEntries: toc.map((e) => ({ title: e.title, level: e.level })),
    }),
    new Paragraph({ children: [new PageBreak()] }),
  );
  return {
    patches: {
      ...voorblad(g, statusVan(g.onderdelen), g.onderdelen),
    },
    inhoud,
  };
}

/** One onderdeel on its own (a bijlage for a zorgaanbieder's board). */
export function bouwOnderdeel(g: ExportOvereenkomst, onderdeel: ExportOnderdeel): Opbouw {
  const inhoud: FileChild[] = [
    kop(
      onderdeel.soort === OnderdeelSoort.BIJLAGE ? `Bijlage: ${onderdeel.titel}` : onderdeel.titel,
      HeadingLevel.HEADING_1,
    ),
    alinea(
      `Onderdeel van ${g.titel}. Ondertekend door: ${onderdeel.ondertekenaars.map((p) => p.naam).join(', ')}.`,
      'Kenmerk',
    ),
    ...versieRegel(onderdeel),
    ...afsprakenPerThema(onderdeel, g.partijNamen),
    new Paragraph({ children: [new PageBreak()] }),
    ...handtekeningen(onderdeel),
    ...(heeftCertificaat(onderdeel) && g.audit
      ? certificaat(g.audit, onderdeel, onderdeel.versie)
      : []),
  ];
  return {
    patches: {
      ...voorblad({ ...g, titel: `${g.titel} — ${onderdeel.titel}` }, statusVan([onderdeel]), [
        onderdeel,
      ]),
    },
    inhoud,
  };
}

function versieRegel(o: ExportOnderdeel): FileChild[] {
  if (o.concept || !o.versie) return [alinea('Concept: de tekst kan nog wijzigen.', 'Kenmerk')];
  return [
    new Paragraph({
      style: 'Kenmerk',
      border: { bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
      alignment: AlignmentType.LEFT,
      children: [
        tekst(
          `Versie ${o.versie.nummer} (${o.versie.status === 'ONDERTEKEND' ? 'ondertekend' : 'ter ondertekening'}), hash ${o.versie.hash.slice(0, 16)}…`,
        ),
      ],
    }),
  ];
}

import { type FileChild, HeadingLevel, Paragraph } from 'docx';
import { bedragTekst } from '../gedeeld/bedrag';
import { getal } from '../indicatoren/streefwaarde-tekst';
import { deelTekst } from '../overeenkomsten/afspraak-deel';
import {
  betalerDelen,
  bedragSamenvatting,
  type FinancieelJaarCijfers,
  financieelOverzicht,
} from '../overeenkomsten/financieel-overzicht';
import type { AfspraakInhoud, BedragInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { kop, tabel, tekst } from './docx-bouwstenen';
import type { ExportOvereenkomst } from './export-gegevens';

/** "Gemeente Vlietdam (60%, € 120.000)", or only the name when there is no split. */
function betalers(b: BedragInhoud): string {
  if (b.betalers.length === 1) return b.betalers[0]!.naam;
  // An amount not yet known can only be split in percentages.
  if (b.onbekend) {
    const namen = b.betalers.map((x) =>
      x.percentage != null ? `${x.naam} (${getal(x.percentage)}%)` : x.naam,
    );
    return b.betalers.some((x) => x.percentage != null)
      ? namen.join('\n')
      : `${namen.join(', ')}, samen (geen verdeling afgesproken)`;
  }
  const delen = betalerDelen(b, b.centen);
  const namen = b.betalers.map((x, i) => {
    const deel = delen?.[i];
    if (deel == null) return x.naam;
    const procent = x.percentage != null ? `${getal(x.percentage)}%, ` : '';
    return `${x.naam} (${procent}${bedragTekst(deel)})`;
  });
  return delen ? namen.join('\n') : `${namen.join(', ')}, samen (geen verdeling afgesproken)`;
}

function ontvangers(b: BedragInhoud): string {
  return [
    ...b.ontvangers.map((o) => o.naam),
    ...(b.ontvangerOmschrijving ? [b.ontvangerOmschrijving] : []),
  ].join(', ');
}

/** The amounts of one afspraak, as a table under it. */
export function bedragenTabel(a: AfspraakInhoud): FileChild[] {
  const bedragen = a.bedragen ?? [];
  if (!bedragen.length) return [];
  // An amount for one part says so after what it is for: "Verhuiskosten (bij lid 3.2b)".
  const locatieNaam = (id: string) => a.locaties?.find((l) => l.id === id)?.naam;
  const waarvoor = (b: BedragInhoud) => {
    const deel = deelTekst(b.deel, { nummer: a.nummer, locatieNaam });
    return deel ? `${b.doel} (bij ${deel})` : b.doel;
  };
  return [
    tabel(
      ['Bedrag', 'Waarvoor', 'Betaald door', 'Ontvangen door'],
      bedragen.map((b) => [bedragSamenvatting(b), waarvoor(b), betalers(b), ontvangers(b)]),
      [24, 30, 26, 20],
    ),
  ];
}

/**
 * An amount in a narrow column of the overview: a non-breaking space after the euro sign, so Word
 * wraps "betaalt € 135.000" before the amount instead of leaving "€" alone at a line's end.
 */
const heelBedrag = (centen: number): string => bedragTekst(centen).replace('€ ', '€\u00a0');

/** One cell of the overview: only what is there, one line each. */
function cel(c: FinancieelJaarCijfers): string {
  return [
    c.betaalt ? `betaalt ${heelBedrag(c.betaalt)}` : '',
    c.gezamenlijk ? `samen met anderen ${heelBedrag(c.gezamenlijk)}` : '',
    c.ontvangt ? `ontvangt ${heelBedrag(c.ontvangt)}` : '',
    c.nogOnbekend ? 'bedrag nog onbekend' : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The money of the exported afspraken per partij per year; nothing when there is none. */
export function financieelOverzichtTabel(g: ExportOvereenkomst): FileChild[] {
  const afspraken = g.onderdelen.flatMap((o) => o.afspraken);
  const cijfers = financieelOverzicht(
    afspraken.map((a) => ({
      bedragen: (a.bedragen ?? []).map(({ betalers: bs, ontvangers: os, ...b }) => ({
        ...b,
        betalers: bs,
        ontvangerIds: os.map((o) => o.partijId),
      })),
      jaren: a.jaren.map((j) => j.jaar),
    })),
    g.jaren,
  );
  if (!cijfers.partijen.length) return [];
  const namen = new Map<string, string>(
    afspraken.flatMap((a) =>
      (a.bedragen ?? []).flatMap((b) => [
        ...b.betalers.map((x) => [x.partijId, x.naam] as const),
        ...b.ontvangers.map((o) => [o.partijId, o.naam] as const),
      ]),
    ),
  );
  const metLooptijd = cijfers.totaalLooptijd > 0;
  const kolommen = [
    'Partij',
    ...cijfers.jaren.map(String),
    ...(metLooptijd ? ['Looptijd'] : []),
    'Totaal',
  ];
  const rijen = cijfers.partijen
    .map((p) => [
      namen.get(p.partijId) ?? g.partijNamen[p.partijId] ?? 'onbekende partij',
      ...p.perJaar.map(cel),
      ...(metLooptijd ? [cel(p.looptijd)] : []),
      cel(p.totaal),
    ])
    .sort((a, b) => a[0]!.localeCompare(b[0]!, 'nl'));
  const totaal = cijfers.totaalLooptijd + cijfers.totaalPerJaar.reduce((s, t) => s + t.centen, 0);
  rijen.push([
    'Alle bedragen',
    ...cijfers.totaalPerJaar.map((t) => (t.centen ? bedragTekst(t.centen) : '')),
    ...(metLooptijd ? [bedragTekst(cijfers.totaalLooptijd)] : []),
    bedragTekst(totaal),
  ]);
  const breedte = Math.floor(78 / (kolommen.length - 1));
  return [
    kop('Financieel overzicht', HeadingLevel.HEADING_1),
    // Kept with the table: otherwise the heading and this line can end a page on their own.
    new Paragraph({
      style: 'Kenmerk',
      keepNext: true,
      children: [
        tekst(
          'Per partij en per jaar wat zij volgens de afspraken betaalt en ontvangt. "Samen met anderen": bedragen die partijen gezamenlijk betalen zonder verdeling. "Looptijd": bedragen die niet aan één jaar vastzitten.',
        ),
      ],
    }),
    tabel(kolommen, rijen, [22, ...kolommen.slice(1).map(() => breedte)]),
  ];
}

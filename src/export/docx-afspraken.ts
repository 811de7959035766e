import { type FileChild, HeadingLevel, Paragraph } from 'docx';
import { BESCHRIJVEND_SOORT_LABEL } from '../gedeeld/import-kenmerken';
import { getal } from '../indicatoren/streefwaarde-tekst';
import { zonderVoorvoegsel } from '../overeenkomsten/afspraak-nummering';
import { AFSPRAAK_TYPE_LABEL, AfspraakType } from '../overeenkomsten/afspraak-type';
import type { AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { wanneerTekst } from '../overeenkomsten/proces-wanneer';
import { alinea, datum, kenmerk, kop, tabel, tekst } from './docx-bouwstenen';
import { bedragenTabel } from './docx-bedragen';
import { type Revisies, rijkeTekst } from './docx-rijke-tekst';
import { suggestieRevisies } from './docx-suggesties';
import { plaatsen } from './docx-locaties';
import { normenBlokken } from './docx-normen';
import type { ExportOnderdeel } from './export-gegevens';
import { opgeslagenToezeggingen, rolLabel, BetrokkeneRol } from '../overeenkomsten/afspraak-rollen';
import { trekkerTekst } from '../gedeeld/rollen';

const VOLWASSENHEID: Record<string, string> = {
  VOORNEMEN: 'voornemen',
  AANZWENGELEN: 'aanzwengelen',
  SMART: 'SMART',
};

function partijen(ids: unknown, namen: Record<string, string>): string {
  return (Array.isArray(ids) ? ids : [])
    .map((id) => namen[String(id)] ?? 'onbekende partij')
    .join(', ');
}

const BESCHRIJVEND_LABEL = BESCHRIJVEND_SOORT_LABEL;

/** Words only, for comparing sentences: case, spacing and punctuation do not count. */
const kaal = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The afspraak's own text already says this (tekst and omschrijving are often the same sentence). */
function herhaalt(tekst: string, zin: string): boolean {
  const z = kaal(zin);
  return z === '' || kaal(tekst).includes(z);
}

/** The type-specific details, the way each type is read; nothing the text already says. */
function details(
  a: Pick<AfspraakInhoud, 'type' | 'details' | 'tekst'>,
  namen: Record<string, string>,
): FileChild[] {
  const d = a.details;
  const s = (k: string): string => {
    const waarde = d[k];
    return typeof waarde === 'string' ? waarde : '';
  };
  switch (a.type) {
    case AfspraakType.PROCES:
      return [
        kenmerk('Overlegvorm', s('overlegvorm')),
        // Empty for a one-off step: no label without a value.
        ...(s('frequentie') ? [kenmerk('Frequentie', s('frequentie'))] : []),
        ...(wanneerTekst(d) ? [kenmerk('Wanneer', wanneerTekst(d)!)] : []),
        ...(Array.isArray(d.deelnemerIds) && d.deelnemerIds.length
          ? [kenmerk('Deelnemers', partijen(d.deelnemerIds, namen))]
          : []),
      ];
    case AfspraakType.BESCHRIJVEND:
      return herhaalt(a.tekst, s('omschrijving'))
        ? []
        : [kenmerk(BESCHRIJVEND_LABEL[s('soort')] ?? 'Uitgangspunt', s('omschrijving'))];
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
    case AfspraakType.GARANTIE: {
      const eigen = opgeslagenToezeggingen(d).filter((t) => t.wat !== s('wat'));
      return [
        kenmerk('Garantsteller(s)', partijen(d.garantstellerIds, namen)),
        ...(herhaalt(a.tekst, s('wat')) ? [] : [kenmerk('Garandeert', s('wat'))]),
        ...(eigen.length
          ? [
              tabel(
                ['Garantsteller', 'Garandeert zelf'],
                opgeslagenToezeggingen(d).map((t) => [
                  namen[t.partijId] ?? 'onbekende partij',
                  t.wat,
                ]),
                [30, 70],
              ),
            ]
          : []),
        kenmerk(
          'Geldig tot',
          s('geldigTot') ? datum(new Date(s('geldigTot'))) : 'de looptijd van de afspraken',
        ),
      ];
    }
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

/** The leden of a composite afspraak, each numbered (3.2a) with its own type and details. */
function leden(a: AfspraakInhoud, namen: Record<string, string>): FileChild[] {
  return (a.leden ?? []).flatMap((lid) => [
    new Paragraph({
      style: 'Kenmerk',
      children: [
        tekst(`${a.nummer}${lid.letter}  `, { bold: true }),
        tekst(lid.tekst),
        tekst(`  (${AFSPRAAK_TYPE_LABEL[lid.type].toLowerCase()})`),
      ],
    }),
    ...details({ ...lid, tekst: lid.tekst }, namen),
  ]);
}

/** What the export adds to an afspraak from outside its content, e.g. its targets per place. */
export type Aanvulling = (a: AfspraakInhoud) => FileChild[];

function afspraak(
  a: AfspraakInhoud,
  namen: Record<string, string>,
  aanvulling: Aanvulling,
  suggesties?: { teksten: Record<string, Record<string, unknown>>; revisies: Revisies },
): FileChild[] {
  const uit: FileChild[] = [
    new Paragraph({ style: 'Afspraakkop', children: [tekst(`${a.nummer}  ${a.titel}`)] }),
    new Paragraph({
      style: 'Kenmerk',
      children: [
        tekst(AFSPRAAK_TYPE_LABEL[a.type], { bold: true }),
        tekst(
          `  ·  trekker: ${trekkers(a)}  ·  volwassenheid: ${VOLWASSENHEID[a.volwassenheid] ?? a.volwassenheid}`,
        ),
        ...(a.jaren.length
          ? [tekst(`  ·  jaarschijven: ${a.jaren.map((j) => j.jaar).join(', ')}`)]
          : []),
      ],
    }),
    ...(suggesties
      ? rijkeTekst(suggesties.teksten[a.id] ?? a.tekstJson, a.tekst, suggesties.revisies)
      : rijkeTekst(a.tekstJson, a.tekst)),
    ...details(a, namen),
    ...leden(a, namen),
  ];
  if (a.betrokkenen.length) {
    // Without any cost share, no column of dashes.
    const kosten = a.betrokkenen.some((b) => b.kostenaandeel != null);
    uit.push(
      tabel(
        ['Betrokken partij', 'Bijdrage', ...(kosten ? ['Kostenaandeel'] : [])],
        a.betrokkenen.map((b) => [
          b.rol ? `${b.naam} (${rolLabel(b.rol)})` : b.naam,
          b.bijdrage,
          ...(kosten ? [b.kostenaandeel == null ? '' : `${getal(b.kostenaandeel)}%`] : []),
        ]),
        kosten ? [28, 52, 20] : [30, 70],
      ),
    );
  }
  uit.push(...bedragenTabel(a));
  if (a.locaties?.length) uit.push(kenmerk('Plaatsen', plaatsen(a.locaties)));
  uit.push(...aanvulling(a));
  uit.push(...normenBlokken(a));
  const concreet = a.jaren.filter((j) => j.concretisering);
  for (const j of concreet) uit.push(kenmerk(`In ${j.jaar}`, j.concretisering));
  return uit;
}

/** Who pulls: the group as such (with its accountable member), or the trekkers by name. */
function trekkers(a: AfspraakInhoud): string {
  if (a.trekkerGroep)
    return `${trekkerTekst(a.trekkerGroep, [])} (aanspreekbaar: ${a.trekker.naam})`;
  const mede = a.betrokkenen
    .filter((b) => b.rol === BetrokkeneRol.TREKKER && b.partijId !== a.trekker.id)
    .map((b) => b.naam);
  return trekkerTekst(null, [a.trekker.naam, ...mede]);
}

/**
 * Afspraken grouped by chapter (the theme's domain) in the domains' order, and within it by
 * theme, each heading once. Numbers carry the onderdeel's prefix as stored (B1.1 in a
 * bijlage), so none repeats across the agreement.
 */
export function afsprakenPerThema(
  onderdeel: ExportOnderdeel,
  namen: Record<string, string>,
  aanvulling: Aanvulling = () => [],
): FileChild[] {
  const uit: FileChild[] = [];
  const gezien = new Set<string>();
  const suggesties = onderdeel.suggesties && {
    teksten: onderdeel.suggesties.teksten,
    revisies: suggestieRevisies(namen, onderdeel.suggesties.gemaakt),
  };
  // The chapter is what precedes the last part of the number: "B1" of "B1.2", "B2.1" of "B2.1.3".
  const kopnummer = (a: AfspraakInhoud) =>
    a.nummer.slice(0, Math.max(0, a.nummer.lastIndexOf('.')));
  const hoofdstuk = (a: AfspraakInhoud) => Number(zonderVoorvoegsel(a.nummer).split('.')[0]) || 0;
  // As the numbering groups them: each theme's afspraken together, the themes in the order of
  // their first afspraak (versions signed before that still print each heading once).
  const eerste = new Map<string, number>();
  for (const a of onderdeel.afspraken)
    eerste.set(a.thema.id, Math.min(eerste.get(a.thema.id) ?? Infinity, a.volgorde));
  const geordend = [...onderdeel.afspraken].sort(
    (x, y) =>
      hoofdstuk(x) - hoofdstuk(y) ||
      eerste.get(x.thema.id)! - eerste.get(y.thema.id)! ||
      x.volgorde - y.volgorde,
  );
  for (const a of geordend) {
    const domein = a.thema.domein ?? a.thema.naam;
    const nummer = kopnummer(a);
    if (!gezien.has(`h ${nummer}`)) {
      gezien.add(`h ${nummer}`);
      uit.push(kop(`${nummer}. ${domein}`, HeadingLevel.HEADING_2));
    }
    if (a.thema.domein && !gezien.has(`t ${nummer} ${a.thema.naam}`)) {
      gezien.add(`t ${nummer} ${a.thema.naam}`);
      uit.push(kop(a.thema.naam, HeadingLevel.HEADING_3));
    }
    uit.push(...afspraak(a, namen, aanvulling, suggesties));
  }
  if (!onderdeel.afspraken.length) uit.push(alinea('Dit onderdeel bevat (nog) geen afspraken.'));
  return uit;
}

import {
  type FileChild,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  TextRun,
} from 'docx';
import { RICHTING_TEKST } from '../indicatoren/richting';
import { realisatieTekst, streefwaardeTekst } from '../indicatoren/streefwaarde-tekst';
import type { IndicatorReeksModel } from '../monitoring/monitoring.models';
import { AFSPRAAK_TYPE_LABEL } from '../overeenkomsten/afspraak-type';
import { alinea, kenmerk, kop, regel, scheidTabellen, tabel } from '../export/docx-bouwstenen';
import type { Opbouw } from '../export/docx-opbouw';
import type { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import { EvaluatieBesluit, Stoplicht } from './evaluatie.entity';
import type { AfspraakEvaluatieModel, EvaluatieOverzichtGelezen } from './evaluatie.models';
import { grafiekPng } from './grafiek';
import { aantal } from '../gedeeld/meervoud';

/** What the cover needs besides the evaluation itself. */
export interface RapportKop {
  titel: string;
  startjaar: number;
  eindjaar: number;
  gemeenten: string[];
  partijen: string[];
  gemaaktOp: Date;
}

const STOPLICHT_KLEUR: Record<Stoplicht, string> = {
  GROEN: 'C8E6C9',
  ORANJE: 'FFE0B2',
  ROOD: 'FFCDD2',
};
const STOPLICHT_TEKST: Record<Stoplicht, string> = {
  GROEN: 'groen',
  ORANJE: 'oranje',
  ROOD: 'rood',
};
const BESLUIT_TEKST: Record<EvaluatieBesluit, string> = {
  AFGEROND: 'afgerond',
  DOORZETTEN: 'doorzetten',
  BIJSTELLEN: 'bijstellen',
  VERVALLEN: 'laten vervallen',
};
const VERANTWOORDING_TEKST: Record<VerantwoordingStatus, string> = {
  GEREALISEERD: 'gerealiseerd',
  OP_SCHEMA: 'op schema',
  VERTRAAGD: 'vertraagd',
  NIET_GEREALISEERD: 'niet gerealiseerd',
  VERVALLEN: 'vervallen',
};
const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

const stoplicht = (a: AfspraakEvaluatieModel) =>
  a.stoplicht ? STOPLICHT_TEKST[a.stoplicht] : 'nog niet beoordeeld';

function samenvatting(e: EvaluatieOverzichtGelezen): FileChild[] {
  const { groen, oranje, rood, open } = e.totaal;
  return [
    kop('Samenvatting', HeadingLevel.HEADING_1),
    alinea(
      `Over ${e.jaar} ${e.afspraken.length === 1 ? 'is' : 'zijn'} ${aantal(e.afspraken.length, 'afspraak', 'afspraken')} geëvalueerd: ${groen} groen, ${oranje} oranje en ${rood} rood` +
        (open ? `; ${open} nog zonder oordeel.` : '.'),
    ),
    kenmerk(
      'Status',
      e.gesloten
        ? 'door de driehoek samen afgesloten'
        : `nog niet afgesloten (${e.bevestigingen.filter((b) => b.bevestigd).length} van ${aantal(e.bevestigingen.length, 'partij heeft', 'partijen hebben')} bevestigd)`,
    ),
    kop('Per thema', HeadingLevel.HEADING_2),
    tabel(
      ['Thema', 'Afspraken', 'Groen', 'Oranje', 'Rood', 'Open'],
      e.perThema.map((t) => [t.thema, t.totaal, t.groen, t.oranje, t.rood, t.open].map(String)),
      [36, 16, 12, 12, 12, 12],
      (_rij, kolom) =>
        kolom === 2
          ? STOPLICHT_KLEUR.GROEN
          : kolom === 3
            ? STOPLICHT_KLEUR.ORANJE
            : kolom === 4
              ? STOPLICHT_KLEUR.ROOD
              : undefined,
    ),
  ];
}

function stoplichten(e: EvaluatieOverzichtGelezen): FileChild[] {
  return [
    kop('Stoplichten per afspraak', HeadingLevel.HEADING_1),
    tabel(
      ['Nr.', 'Afspraak', 'Trekker', 'Verantwoording', 'Stoplicht', 'Besluit'],
      e.afspraken.map((a) => [
        a.nummer,
        `${a.titel}\n${AFSPRAAK_TYPE_LABEL[a.type]} · ${a.thema}`,
        a.trekker,
        a.verantwoording ? VERANTWOORDING_TEKST[a.verantwoording] : 'niet verantwoord',
        stoplicht(a),
        a.besluit ? BESLUIT_TEKST[a.besluit] : '',
      ]),
      [7, 33, 18, 16, 12, 14],
      (rij, kolom) => {
        const s = e.afspraken[rij]!.stoplicht;
        return kolom === 4 && s ? STOPLICHT_KLEUR[s] : undefined;
      },
    ),
  ];
}

function conclusies(e: EvaluatieOverzichtGelezen): FileChild[] {
  const uit: FileChild[] = [kop('Conclusies en lessen', HeadingLevel.HEADING_1)];
  for (const a of e.afspraken) {
    uit.push(kop(`${a.nummer} ${a.titel}`, HeadingLevel.HEADING_3));
    uit.push(kenmerk('Stoplicht', stoplicht(a)));
    if (a.verantwoordingToelichting)
      uit.push(kenmerk('Verantwoording van de trekker', a.verantwoordingToelichting));
    uit.push(kenmerk('Conclusie', a.conclusie ?? '–'));
    if (a.les) uit.push(kenmerk('Les', a.les));
  }
  return uit;
}

function indicatoren(reeksen: IndicatorReeksModel[]): FileChild[] {
  if (!reeksen.length) return [];
  const uit: FileChild[] = [
    kop('Indicatoren: realisatie tegen streefwaarde', HeadingLevel.HEADING_1),
  ];
  for (const r of reeksen) {
    uit.push(kop(`${r.naam} (${r.eenheid})`, HeadingLevel.HEADING_2));
    if (r.nulmetingWaarde != null)
      uit.push(kenmerk('Nulmeting', `${r.nulmetingWaarde} ${r.eenheid} (${r.nulmetingJaar})`));
    uit.push(kenmerk('Richting', RICHTING_TEKST[r.richting]));
    uit.push(
      tabel(
        ['Jaar', 'Streefwaarde', 'Realisatie', 'Op koers'],
        [...r.punten, ...r.horizon].map((p) => [
          r.horizon.includes(p) ? `${p.jaar} (horizon)` : String(p.jaar),
          streefwaardeTekst(
            p.soort
              ? { soort: p.soort, waarde: p.streefwaarde, min: p.min, max: p.max, effect: p.effect }
              : undefined,
            r.eenheid,
          ),
          p.realisatie == null && p.oordeel == null
            ? ''
            : `${realisatieTekst({ ...p, waarde: p.realisatie }, r.eenheid)}${p.bron ? `\nBron: ${p.bron}` : ''}`,
          p.opKoers == null ? '' : p.opKoers ? 'ja' : 'nee',
        ]),
        [12, 38, 35, 15],
        (rij, kolom) => {
          const op = r.punten[rij]?.opKoers;
          return kolom === 3 && op != null
            ? op
              ? STOPLICHT_KLEUR.GROEN
              : STOPLICHT_KLEUR.ROOD
            : undefined;
        },
      ),
    );
    const { png, breedte, hoogte } = grafiekPng(r);
    uit.push(
      new Paragraph({
        // An exact line height from a template style would clip the picture to one line.
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 240 },
        keepLines: true,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: 600, height: Math.round((600 * hoogte) / breedte) },
            altText: {
              name: `Grafiek ${r.naam}`,
              title: `Grafiek ${r.naam}`,
              description: `Nulmeting, streefwaarden en realisaties van ${r.naam} per jaar`,
            },
          }),
        ],
      }),
    );
  }
  return uit;
}

function besluiten(e: EvaluatieOverzichtGelezen): FileChild[] {
  const uit: FileChild[] = [kop('Besluiten', HeadingLevel.HEADING_1)];
  for (const besluit of Object.values(EvaluatieBesluit)) {
    const van = e.afspraken.filter((a) => a.besluit === besluit);
    if (!van.length) continue;
    uit.push(
      kop(
        `${BESLUIT_TEKST[besluit].charAt(0).toUpperCase()}${BESLUIT_TEKST[besluit].slice(1)} (${van.length})`,
        HeadingLevel.HEADING_2,
      ),
    );
    for (const a of van) {
      const regels = [`${a.nummer} ${a.titel}`];
      if (besluit === EvaluatieBesluit.DOORZETTEN) {
        regels.push(
          a.vervolgNummer
            ? a.vervolgAfspraakId === a.afspraakId
              ? `loopt door in ${e.jaar + 1}`
              : `doorgezet als afspraak ${a.vervolgNummer} in ${e.jaar + 1}`
            : `wordt doorgezet naar ${e.jaar + 1} bij het afsluiten`,
        );
      }
      for (const b of a.bijstellingen) {
        regels.push(`${b.indicator} ${b.jaar}: ${streefwaardeTekst(b, b.eenheid)}`.trim());
      }
      uit.push(
        new Paragraph({
          indent: { left: 360, hanging: 240 },
          children: regels.flatMap((t, i) => [
            ...(i ? [new TextRun({ break: 1 })] : [new TextRun({ text: '• ' })]),
            new TextRun({ text: t, bold: i === 0 }),
          ]),
        }),
      );
    }
  }
  return uit;
}

function bevestigingen(e: EvaluatieOverzichtGelezen): FileChild[] {
  return [
    kop('Bevestiging door de driehoek', HeadingLevel.HEADING_1),
    tabel(
      ['Partij', 'Bevestigd door', 'Datum'],
      e.bevestigingen.map((b) => [
        b.partij,
        b.door ?? 'nog niet bevestigd',
        b.op ? DATUM.format(b.op) : '',
      ]),
      [45, 30, 25],
    ),
  ];
}

/** The evaluation of one year as a report in the overeenkomst's template. */
export function bouwEvaluatierapport(
  k: RapportKop,
  e: EvaluatieOverzichtGelezen,
  reeksen: IndicatorReeksModel[],
): Opbouw {
  return {
    patches: {
      titel: regel(`Evaluatie ${e.jaar} — ${k.titel}`),
      periode: regel(`${k.startjaar}–${k.eindjaar}, jaarschijf ${e.jaar}`),
      gemeenten: regel(k.gemeenten.join(', ')),
      status: regel(
        `${e.gesloten ? 'Afgesloten evaluatie' : 'Concept-evaluatie'} · gemaakt op ${DATUM.format(k.gemaaktOp)} met Driehoek`,
      ),
      partijen: regel(k.partijen.join(' · ')),
    },
    inhoud: scheidTabellen([
      ...samenvatting(e),
      ...stoplichten(e),
      new Paragraph({ children: [new PageBreak()] }),
      ...conclusies(e),
      ...indicatoren(reeksen),
      ...besluiten(e),
      ...bevestigingen(e),
    ]),
  };
}

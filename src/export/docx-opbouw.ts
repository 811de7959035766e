import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  type IPatch,
  PageBreak,
  Paragraph,
} from 'docx';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { afsprakenPerThema } from './docx-afspraken';
import { doelenPerPlaats } from './docx-locaties';
import { financieelOverzichtTabel } from './docx-bedragen';
import {
  alinea,
  datum,
  type InhoudRegel,
  kop,
  metInhoudsopgave,
  regel,
  scheidTabellen,
  tekst,
} from './docx-bouwstenen';
import { indicatorTabel } from './docx-indicatoren';
import { inhoudsopgave } from './docx-inhoudsopgave';
import { considerans, partijenSectie, voorbladPartijen } from './docx-partijen';
import { certificaat, handtekeningen } from './docx-ondertekening';
import { heeftCertificaat, ExportOnderdeel, ExportOvereenkomst } from './export-gegevens';

/*
 * The documents an export makes, assembled from the parts in docx-bouwstenen (text, headings,
 * tables), docx-rijke-tekst, docx-afspraken, docx-indicatoren and docx-ondertekening.
 */

export interface Opbouw {
  /** The small placeholders (title, period, …) → their text. */
  patches: Record<string, IPatch>;
  /** What goes in the place of {{inhoud}}. */
  inhoud: FileChild[];
}

function voorblad(
  g: ExportOvereenkomst,
  status: string,
  onderdelen: ExportOnderdeel[],
): Record<string, IPatch> {
  return {
    titel: regel(g.titel),
    periode: regel(`${g.startjaar}–${g.eindjaar}`),
    gemeenten: regel(g.gemeenten.join(', ')),
    status: regel(`${status} · gemaakt op ${datum(g.gemaaktOp)} met Driehoek`),
    partijen: voorbladPartijen(g, onderdelen),
  };
}

/** "Bijlage 1: Wonen en zorg" for a bijlage titled "Bijlage wonen en zorg". */
export function bijlageKop(o: ExportOnderdeel): string {
  const rest = o.titel.replace(/^bijlage\b\s*[:\-–]?\s*/i, '') || o.titel;
  return `Bijlage ${o.bijlageNummer ?? ''}: ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** The status of one onderdeel exported on its own. */
function statusVan(onderdelen: ExportOnderdeel[]): string {
  if (onderdelen.every((o) => o.versie?.status === 'ONDERTEKEND' && !o.concept))
    return 'Ondertekend';
  if (onderdelen.some((o) => !o.concept && o.versie?.status === 'TER_ONDERTEKENING'))
    return 'Ter ondertekening';
  return 'Concept';
}

/** The whole agreement: cover, contents, preamble, hoofddocument, indicators, bijlagen, signatures. */
export function bouwOvereenkomst(g: ExportOvereenkomst): Opbouw {
  return metInhoudsopgave((toc) => bouwVolledig(g, toc));
}

function bouwVolledig(g: ExportOvereenkomst, toc: InhoudRegel[]): Opbouw {
  const hoofd = g.onderdelen.filter((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT);
  const bijlagen = g.onderdelen.filter((o) => o.soort === OnderdeelSoort.BIJLAGE);
  const inhoud: FileChild[] = [...partijenSectie(g), ...considerans(g.preambule)];
  if (g.referenties.length) {
    inhoud.push(kop('Samenhang met ander beleid', HeadingLevel.HEADING_2));
    for (const r of g.referenties) inhoud.push(alinea(`${r.titel}${r.url ? ` (${r.url})` : ''}`));
  }
  for (const o of hoofd) {
    inhoud.push(
      kop(`Afspraken`, HeadingLevel.HEADING_1),
      ...versieRegel(o),
      ...afsprakenPerThema(o, g.partijNamen, (a) => doelenPerPlaats(a, g)),
      ...indicatorTabel(g, o),
    );
  }
  inhoud.push(...financieelOverzichtTabel(g));
  for (const b of bijlagen) {
    inhoud.push(
      new Paragraph({ children: [new PageBreak()] }),
      kop(bijlageKop(b), HeadingLevel.HEADING_1),
      alinea(`Ondertekend door: ${b.ondertekenaars.map((p) => p.naam).join(', ')}.`, 'Kenmerk'),
      ...versieRegel(b),
      ...afsprakenPerThema(b, g.partijNamen, (a) => doelenPerPlaats(a, g)),
      ...indicatorTabel(g, b),
    );
  }
  inhoud.push(
    new Paragraph({ children: [new PageBreak()] }),
    kop('Ondertekening', HeadingLevel.HEADING_1),
  );
  // Each onderdeel's signatures on a page of their own: a heading never ends a page apart from its blocks.
  g.onderdelen.forEach((o, i) =>
    inhoud.push(
      ...(i ? [new Paragraph({ children: [new PageBreak()] })] : []),
      ...handtekeningen(g, o),
    ),
  );
  for (const o of g.onderdelen)
    if (heeftCertificaat(o) && g.audit) inhoud.push(...certificaat(g.audit, o, o.versie));
  inhoud.unshift(...inhoudsopgave(toc));
  return {
    patches: {
      // The cover names the agreement's status as every screen shows it (issue 17, point 7).
      ...voorblad(g, g.status, g.onderdelen),
    },
    inhoud: scheidTabellen(inhoud),
  };
}

/** One onderdeel on its own (a bijlage for a zorgaanbieder's board). */
export function bouwOnderdeel(g: ExportOvereenkomst, onderdeel: ExportOnderdeel): Opbouw {
  const inhoud: FileChild[] = [
    kop(
      onderdeel.soort === OnderdeelSoort.BIJLAGE ? bijlageKop(onderdeel) : onderdeel.titel,
      HeadingLevel.HEADING_1,
    ),
    alinea(
      `Onderdeel van ${g.titel}. Ondertekend door: ${onderdeel.ondertekenaars.map((p) => p.naam).join(', ')}.`,
      'Kenmerk',
    ),
    ...versieRegel(onderdeel),
    ...afsprakenPerThema(onderdeel, g.partijNamen),
    ...indicatorTabel(g, onderdeel),
    new Paragraph({ children: [new PageBreak()] }),
    ...handtekeningen(g, onderdeel),
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
    inhoud: scheidTabellen(inhoud),
  };
}

function versieRegel(o: ExportOnderdeel): FileChild[] {
  if (o.suggesties)
    return [
      alinea(
        'Concept met openstaande suggesties. De suggesties staan als bijgehouden wijzigingen in de tekst, ' +
          'met de partij die ze deed; de gewone tekst is wat al is afgesproken. ' +
          'Aanvaarden of afwijzen doet u in Driehoek.',
        'Kenmerk',
      ),
    ];
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

import {
  type FileChild,
  HeadingLevel,
  ImageRun,
  type IPatch,
  type ParagraphChild,
  PatchType,
  Paragraph,
  TextRun,
} from 'docx';
import { alinea, kop, tekst } from './docx-bouwstenen';
import { rijkeTekst } from './docx-rijke-tekst';
import type { ExportOnderdeel, ExportOvereenkomst, ExportPartij } from './export-gegevens';

/*
 * The opening of a published agreement: the parties as a list on the cover, the "Partijen"
 * section ("De ondergetekenden: 1. …, gevestigd te …, hierbij rechtsgeldig vertegenwoordigd door
 * …") and the preamble as considerans.
 */

const SOORT_VOLGORDE = ['GEMEENTE', 'WONINGCORPORATIE', 'HUURDERSORGANISATIE'];

/** The signing order of the Partijen section and the signature page: the regie first, then the driehoek. */
export function inPartijVolgorde(partijen: ExportPartij[]): ExportPartij[] {
  const soort = (p: ExportPartij) => {
    const i = SOORT_VOLGORDE.indexOf(p.soort);
    return i < 0 ? SOORT_VOLGORDE.length : i;
  };
  return [...partijen].sort(
    (a, b) =>
      Number(b.regie) - Number(a.regie) ||
      soort(a) - soort(b) ||
      a.naam.localeCompare(b.naam, 'nl'),
  );
}

/** The deelnemers that sign one of the exported onderdelen, in the Partijen section's order. */
export function ondertekenendePartijen(
  g: ExportOvereenkomst,
  onderdelen: ExportOnderdeel[],
): ExportPartij[] {
  const betrokken = new Set(onderdelen.flatMap((o) => o.ondertekenaars.map((p) => p.id)));
  return inPartijVolgorde(g.deelnemers.filter((d) => betrokken.has(d.id)));
}

/*
 * The logos on the cover, all the same height so no partij looks larger than another; a very
 * wide one is narrowed to LOGO_MAX_BREEDTE and so a little lower. In pixels at 96 dpi (docx's
 * unit): 60 px is 1.6 cm.
 */
const LOGO_HOOGTE = 60;
const LOGO_MAX_BREEDTE = 200;

function logoRun(p: ExportPartij & { logo: NonNullable<ExportPartij['logo']> }): ImageRun {
  const { breedte, hoogte } = p.logo;
  const schaal = Math.min(LOGO_HOOGTE / hoogte, LOGO_MAX_BREEDTE / breedte);
  return new ImageRun({
    type: p.logo.soort,
    data: p.logo.bestand,
    transformation: {
      width: Math.round(breedte * schaal),
      height: Math.round(hoogte * schaal),
    },
    altText: { name: `Logo ${p.naam}`, description: `Logo ${p.naam}`, title: `Logo ${p.naam}` },
  });
}

/**
 * The cover's parties: their logos in a row (those that have one, in the Partijen section's
 * order), then their names one per line in that order.
 */
export function voorbladPartijen(g: ExportOvereenkomst, onderdelen: ExportOnderdeel[]): IPatch {
  const partijen = ondertekenendePartijen(g, onderdelen);
  const logos = partijen.flatMap((p) => (p.logo ? [logoRun({ ...p, logo: p.logo })] : []));
  const rij: ParagraphChild[] = logos.flatMap((logo, i) =>
    i === 0 ? [logo] : [new TextRun('\u2003\u2003'), logo],
  );
  return {
    type: PatchType.PARAGRAPH,
    children: [
      ...rij,
      ...partijen.map((p, i) =>
        i === 0 && rij.length === 0
          ? new TextRun(p.naam)
          : new TextRun({ text: p.naam, break: i === 0 ? 2 : 1 }),
      ),
    ],
  };
}

/** One party as the ondergetekenden name it, from what its formal data holds. */
function partijOmschrijving(p: ExportPartij): string {
  const delen = [p.statutaireNaam ?? p.naam];
  if (p.vestigingsplaats) delen.push(`gevestigd te ${p.vestigingsplaats}`);
  if (p.kvkNummer)
    delen.push(`ingeschreven bij de Kamer van Koophandel onder nummer ${p.kvkNummer}`);
  if (p.vertegenwoordiger)
    delen.push(
      `hierbij rechtsgeldig vertegenwoordigd door ${p.vertegenwoordiger}` +
        (p.vertegenwoordigerFunctie ? `, ${p.vertegenwoordigerFunctie}` : ''),
    );
  const noem =
    p.statutaireNaam && p.statutaireNaam !== p.naam ? `, hierna te noemen: ${p.naam}` : '';
  return `${delen.join(', ')}${noem}`;
}

function genummerd(partijen: ExportPartij[], begin: number): Paragraph[] {
  return partijen.map(
    (p, i) =>
      new Paragraph({
        indent: { left: 425, hanging: 425 },
        children: [
          tekst(`${begin + i}.\t`),
          tekst(partijOmschrijving(p) + (i === partijen.length - 1 ? ',' : ';')),
        ],
      }),
  );
}

/**
 * "De ondergetekenden": the signatories of the hoofddocument, then those who sign only a
 * bijlage, each with its formal data.
 */
export function partijenSectie(g: ExportOvereenkomst): FileChild[] {
  const hoofd = g.onderdelen.filter((o) => o.bijlageNummer == null);
  const bijlagen = g.onderdelen.filter((o) => o.bijlageNummer != null);
  const partijen = ondertekenendePartijen(g, hoofd);
  const alleenBijlage = ondertekenendePartijen(g, bijlagen).filter(
    (p) => !partijen.some((x) => x.id === p.id),
  );
  if (!partijen.length && !alleenBijlage.length) return [];
  return [
    kop('Partijen', HeadingLevel.HEADING_1),
    alinea('De ondergetekenden:'),
    ...genummerd(partijen, 1),
    alinea('hierna gezamenlijk te noemen: partijen;'),
    ...(alleenBijlage.length
      ? [
          alinea(
            `en, voor ${bijlagen.length === 1 ? 'de bijlage' : 'de bijlagen'} die zij mede ondertekenen:`,
          ),
          ...genummerd(alleenBijlage, partijen.length + 1),
        ]
      : []),
  ];
}

/**
 * The preamble as considerans: "Partijen overwegen het volgende:" with each paragraph of the
 * preamble lettered a, b, c, followed by what the afspraken are introduced with.
 */
export function considerans(preambule: ExportOvereenkomst['preambule']): FileChild[] {
  if (!preambule || (!preambule.tekst && !preambule.json)) return [];
  return [
    kop('Considerans', HeadingLevel.HEADING_1),
    alinea('Partijen overwegen het volgende:'),
    ...(preambule.json
      ? rijkeTekst(geletterd(preambule.json), preambule.tekst)
      : preambule.tekst
          .split('\n')
          .filter((r) => r.trim())
          .map((r, i) => alinea(`${String.fromCharCode(97 + (i % 26))}.\u00a0${r}`))),
    alinea('en komen het volgende overeen.'),
  ];
}

/** The top-level paragraphs of a ProseMirror document, each starting with "a.", "b.", … */
function geletterd(json: Record<string, unknown> | null): Record<string, unknown> | null {
  const inhoud = json?.content;
  if (!Array.isArray(inhoud)) return json;
  let n = 0;
  return {
    ...json,
    content: inhoud.map((blok: Record<string, unknown>) => {
      const regels = blok.content as unknown[] | undefined;
      if (blok.type !== 'paragraph' || !Array.isArray(regels) || !regels.length) return blok;
      const letter = String.fromCharCode(97 + (n++ % 26));
      return { ...blok, content: [{ type: 'text', text: `${letter}.\u00a0` }, ...regels] };
    }),
  };
}

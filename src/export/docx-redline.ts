import {
  DeletedTextRun,
  type FileChild,
  HeadingLevel,
  InsertedTextRun,
  type ParagraphChild,
  Paragraph,
  TextRun,
} from 'docx';
import { tekstverschil } from '../common/tekstverschil';
import { DeelSoort } from '../onderhandeling/onderhandeling.models';
import type { AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { ONBEKENDE_AUTEUR } from './docx-suggesties';
import type { AanvaardeSuggestieRij, AanvaardVoorstelRij, VersieRij } from './export.reader';

/**
 * The body of a redline: the newer text of each afspraak with what changed since the older one
 * as Word revisions (w:ins, w:del), each attributed to the partij whose accepted suggestion or
 * proposal made it, dated when it was applied, or else to "Driehoek", dated `tot`.
 */
export function redlineInhoud({
  van,
  naar,
  oud,
  nieuw,
  tot,
  voorstellen,
  suggesties,
}: {
  van: VersieRij;
  naar: VersieRij | null;
  oud: { afspraken: AfspraakInhoud[] };
  nieuw: { titel: string; afspraken: AfspraakInhoud[] };
  tot: Date;
  voorstellen: AanvaardVoorstelRij[];
  suggesties: AanvaardeSuggestieRij[];
}): FileChild[] {
  const vanaf = van.created_at;
  let revisie = 1;
  type Wie = { author: string; date: string };
  /** The afspraak's accepted proposal in the period, else nobody to name. */
  const auteur = (afspraakId: string): Wie => {
    const voorstel = voorstellen.find((v) => v.afspraak_id === afspraakId);
    return {
      author: voorstel?.partij ?? ONBEKENDE_AUTEUR,
      date: (voorstel ? voorstel.doorgevoerd_op : tot).toISOString(),
    };
  };
  /** The accepted suggestion that inserted or deleted these words, else the afspraak's author. */
  const auteurVan = (afspraakId: string, soort: DeelSoort, stuk: string, anders: Wie): Wie => {
    const woorden = stuk.trim();
    const suggestie = woorden
      ? suggesties.find(
          (s) =>
            s.afspraak_id === afspraakId &&
            (soort === DeelSoort.TOEGEVOEGD ? s.ingevoegd : s.geschrapt).includes(woorden),
        )
      : undefined;
    return suggestie
      ? { author: suggestie.partij, date: suggestie.gesloten_op.toISOString() }
      : anders;
  };
  const revisies = (afspraakId: string, oudeTekst: string, nieuweTekst: string, wie: Wie) => {
    const alineas: ParagraphChild[][] = [[]];
    for (const deel of tekstverschil(oudeTekst, nieuweTekst)) {
      deel.tekst.split('\n').forEach((stuk, i) => {
        if (i > 0) alineas.push([]);
        if (!stuk) return;
        const door = () => ({ id: revisie++, ...auteurVan(afspraakId, deel.soort, stuk, wie) });
        const run =
          deel.soort === DeelSoort.TOEGEVOEGD
            ? new InsertedTextRun({ text: stuk, ...door() })
            : deel.soort === DeelSoort.VERWIJDERD
              ? new DeletedTextRun({ text: stuk, ...door() })
              : new TextRun(stuk);
        alineas[alineas.length - 1]!.push(run);
      });
    }
    return alineas.map((children) => new Paragraph({ children }));
  };
  const inhoud: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(`Wijzigingen in ${nieuw.titel}`)],
    }),
    new Paragraph({
      style: 'Kenmerk',
      children: [
        new TextRun(
          `Van versie ${van.nummer} (${vanaf.toLocaleDateString('nl-NL')}) naar ${naar ? `versie ${naar.nummer}` : 'het huidige concept'}. ` +
            'Toevoegingen en schrappingen staan als bijgehouden wijzigingen in het document.',
        ),
      ],
    }),
  ];
  const kopRuns = (a: AfspraakInhoud | undefined, b: AfspraakInhoud, wie: Wie) =>
    a && a.titel !== b.titel
      ? [
          new TextRun(`${b.nummer}  `),
          new DeletedTextRun({ text: a.titel, id: revisie++, ...wie }),
          new InsertedTextRun({ text: b.titel, id: revisie++, ...wie }),
        ]
      : [new TextRun(`${b.nummer}  ${b.titel}`)];
  for (const b of nieuw.afspraken) {
    const a = oud.afspraken.find((x) => x.id === b.id);
    const wie = auteur(b.id);
    if (!a) {
      inhoud.push(
        new Paragraph({
          style: 'Afspraakkop',
          children: [
            new InsertedTextRun({ text: `${b.nummer}  ${b.titel}`, id: revisie++, ...wie }),
          ],
        }),
        ...revisies(b.id, '', b.tekst, wie),
      );
      continue;
    }
    inhoud.push(
      new Paragraph({ style: 'Afspraakkop', children: kopRuns(a, b, wie) }),
      ...revisies(b.id, a.tekst, b.tekst, wie),
    );
  }
  for (const a of oud.afspraken.filter((x) => !nieuw.afspraken.some((b) => b.id === x.id))) {
    const wie = auteur(a.id);
    inhoud.push(
      new Paragraph({
        style: 'Afspraakkop',
        children: [new DeletedTextRun({ text: `${a.nummer}  ${a.titel}`, id: revisie++, ...wie })],
      }),
      ...revisies(a.id, a.tekst, '', wie),
    );
  }
  return inhoud;
}

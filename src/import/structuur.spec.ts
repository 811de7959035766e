import { AfspraakType } from '../overeenkomsten/afspraak-type';
import { PartijSoort } from '../partijen/partij.entity';
import { htmlBlokken } from './word-lezer';
import { bedragen } from './gegevens';
import { herkenStructuur } from './structuur';
import { vermeldingen, zinRond } from './partij-vermeldingen';
import { stelTypeVoor } from './typering';

const PARTIJEN = [
  { naam: 'Gemeente Vlietdam', soort: PartijSoort.GEMEENTE },
  { naam: 'Woonstichting De Linie', soort: PartijSoort.WONINGCORPORATIE },
  { naam: 'Huurdersvereniging Samen', soort: PartijSoort.HUURDERSORGANISATIE },
];

describe('herkenStructuur', () => {
  const html = `
    <h1>Prestatieafspraken Vlietdam 2027</h1>
    <p>De ondergetekenden:</p>
    <ol><li>Gemeente Vlietdam, gevestigd te Vlietdam, vertegenwoordigd door de wethouder;</li>
        <li>Woonstichting De Linie, gevestigd te Vlietdam;</li>
        <li>Huurdersvereniging Samen, gevestigd te Vlietdam;</li></ol>
    <p>hierna gezamenlijk te noemen: partijen.</p>
    <p>Overwegende dat:</p>
    <ol><li>de vraag naar geclusterd wonen groeit;</li></ol>
    <p>Komen het volgende overeen:</p>
    <p>Artikel 1 Betaalbaarheid</p>
    <p>1.1 Woonstichting De Linie houdt ten minste 1.661 sociale huurwoningen beschikbaar.</p>
    <p>1.2 Partijen overleggen twee keer per jaar over de voortgang.</p>
    <h2>Wonen en zorg</h2>
    <ol><li>De Linie draagt € 200.000 bij aan schuldhulp, in ruil voor voorrang bij toewijzing.</li>
        <li>De gemeente en De Linie organiseren in 2027 een woonbeurs voor senioren.</li></ol>
    <table><tr><td>Indicator</td><td>2027</td></tr><tr><td>Nieuwbouw</td><td>40</td></tr></table>
    <p>Aldus overeengekomen en ondertekend te Vlietdam op 12 december 2026.</p>
    <p>Gemeente Vlietdam</p>`;

  it('places every block once: parties, preamble, chapters with their clauses, table, signatures', () => {
    const v = herkenStructuur(htmlBlokken(html), PARTIJEN);
    expect(v.titel).toBe('Prestatieafspraken Vlietdam 2027');
    expect(v.partijen.map((p) => p.naam)).toEqual(PARTIJEN.map((p) => p.naam));
    expect(v.partijen[2]!.tekst).toMatch(/hierna gezamenlijk te noemen: partijen\.$/);
    expect(v.considerans).toEqual([
      'de vraag naar geclusterd wonen groeit;',
      'Komen het volgende overeen:',
    ]);
    expect(v.hoofdstukken.map((h) => [h.titel, h.afspraken.map((a) => a.nummer)])).toEqual([
      ['Betaalbaarheid', ['1.1', '1.2']],
      ['Wonen en zorg', ['1.', '2.']],
    ]);
    const [garantie, proces] = v.hoofdstukken[0]!.afspraken;
    expect(garantie!.tekst).toBe(
      'Woonstichting De Linie houdt ten minste 1.661 sociale huurwoningen beschikbaar.',
    );
    expect(garantie!.type.type).toBe(AfspraakType.GARANTIE);
    expect(garantie!.trekker).toBe('Woonstichting De Linie');
    expect(proces!.type.type).toBe(AfspraakType.PROCES);
    const [transactie, handeling] = v.hoofdstukken[1]!.afspraken;
    expect(transactie!.type.type).toBe(AfspraakType.TRANSACTIE);
    expect(transactie!.bedragen).toEqual([200000]);
    expect(handeling!.type.type).toBe(AfspraakType.HANDELING);
    expect(handeling!.jaren).toEqual([2027]);
    expect(handeling!.genoemd).toEqual(['Gemeente Vlietdam', 'Woonstichting De Linie']);
    expect(v.tabellen).toEqual([
      {
        titel: 'Wonen en zorg',
        rijen: [
          ['Indicator', '2027'],
          ['Nieuwbouw', '40'],
        ],
      },
    ]);
    expect(v.ondertekening).toEqual([
      'Aldus overeengekomen en ondertekend te Vlietdam op 12 december 2026.',
      'Gemeente Vlietdam',
    ]);
    expect(v.overig).toEqual([]);
  });
});

describe('stelTypeVoor', () => {
  // The typology's own examples (DOMAIN.md, after seed 003), word for word. Its garantie example
  // ("… delen gemeente, MO-organisatie en woningcorporatie de kosten") reads as a split of costs
  // and is proposed as a transactie; the review screen is where such a case is corrected.
  it.each([
    [
      '2x per jaar bestuurlijk overleg, 1x in de 2 jaar vernieuwen van de afspraken in een monitoringsgesprek, na 4 jaar evaluatie',
      AfspraakType.PROCES,
    ],
    [
      'Het concept verzorgd wonen hanteren we als richtinggevend concept voor wonen en zorg voor senioren',
      AfspraakType.BESCHRIJVEND,
    ],
    [
      'Als locatie x vrijkomt, dan wordt het vastgoed getransformeerd tot een gemengd-wonen locatie',
      AfspraakType.INTENTIE,
    ],
    [
      'In de Week tegen Eenzaamheid organiseren zorgorganisaties A en B samen met de welzijnsorganisatie activiteiten voor senioren',
      AfspraakType.HANDELING,
    ],
    [
      'Zorgaanbieder x draagt vastgoed over aan woningcorporatie y in ruil voor renovatie van het complex',
      AfspraakType.TRANSACTIE,
    ],
  ])('the typology example "%s" → %s', (tekst, type) => {
    expect(stelTypeVoor(tekst).type).toBe(type);
  });

  it.each([
    ['Partijen spannen zich in om de wachttijd te verkorten.', AfspraakType.INTENTIE],
    ['Als locatie x vrijkomt, dan wordt het vastgoed getransformeerd.', AfspraakType.INTENTIE],
    [
      'Het concept verzorgd wonen hanteren we als richtinggevend concept.',
      AfspraakType.BESCHRIJVEND,
    ],
    [
      'De corporaties garanderen dat de woonlasten hoogstens 40% van het inkomen zijn.',
      AfspraakType.GARANTIE,
    ],
  ])('%s → %s, naming its words', (tekst, type) => {
    const voorstel = stelTypeVoor(tekst);
    expect(voorstel.type).toBe(type);
    expect(voorstel.signalen.length).toBeGreaterThan(0);
    for (const s of voorstel.signalen) expect(tekst).toContain(s);
  });

  it('with only common words: uncertain, so the review flags it', () => {
    expect(stelTypeVoor('Het gaat goed.').zekerheid).toBeLessThan(0.5);
  });

  it('with nothing the model knows: a handeling, at low certainty', () => {
    expect(stelTypeVoor('Qwerty xyzzy.')).toEqual({
      type: AfspraakType.HANDELING,
      zekerheid: 0.2,
      signalen: [],
    });
  });
});

describe('bedragen', () => {
  it('reads euro amounts as written in Dutch', () => {
    expect(bedragen('€ 200.000 en €1,5 miljoen, en € 2 ton, en €12,50')).toEqual([
      200000, 1500000, 200000, 12.5,
    ]);
  });
});

describe('vermeldingen', () => {
  const partijen = [
    { naam: 'Woonstichting De Vliet', soort: PartijSoort.WONINGCORPORATIE },
    { naam: 'Huurdersvereniging De Vliet', soort: PartijSoort.HUURDERSORGANISATIE },
    { naam: 'Gemeente Vlietdam', soort: PartijSoort.GEMEENTE },
  ];

  it("does not take a partij's short name inside another's full name for it", () => {
    const tekst =
      'Woonstichting De Vliet draagt € 200.000 bij aan de preventieve schuldhulp van de gemeente.';
    expect(vermeldingen(tekst, partijen).map((v) => v.naam)).toEqual([
      'Woonstichting De Vliet',
      'Gemeente Vlietdam',
    ]);
  });

  it('finds each partij where the text first names it, and the sentence there', () => {
    const tekst =
      'De huurders worden jaarlijks gehoord. Huurdersvereniging De Vliet geeft advies over de huurverhoging.';
    const [v] = vermeldingen(tekst, partijen);
    expect(v!.naam).toBe('Huurdersvereniging De Vliet');
    expect(zinRond(tekst, v!.positie)).toBe(
      'Huurdersvereniging De Vliet geeft advies over de huurverhoging.',
    );
  });
});

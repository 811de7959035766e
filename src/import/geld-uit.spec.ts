import { BedragFrequentie } from '../overeenkomsten/financieel-overzicht';
import { geldUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

describe('geldUit', () => {
  it.each<[string, number[], Partial<ReturnType<typeof geldUit>[number]>[]]>([
    [
      'De gemeente subsidieert Welzijn Vlietdam met € 45.000 per jaar voor het organiseren van een activiteitenaanbod in geclusterde woonvormen met een ontmoetingsruimte.',
      [],
      [
        {
          euro: 45_000,
          frequentie: BedragFrequentie.PER_JAAR,
          jaar: null,
          totJaar: null,
          doel: 'organiseren van een activiteitenaanbod in geclusterde woonvormen met een ontmoetingsruimte',
          woorden: '€ 45.000 per jaar',
        },
      ],
    ],
    // No year in the text: yearly.
    [
      'Lindewoon en Het Veenhuis dragen samen € 200.000 bij aan de preventieve schuldhulpverlening van de gemeente.',
      [],
      [
        {
          euro: 200_000,
          frequentie: BedragFrequentie.TOTAAL,
          doel: 'preventieve schuldhulpverlening van de gemeente',
        },
      ],
    ],
    [
      'De gemeente stelt jaarlijks € 25.000 beschikbaar voor burgerinitiatieven op het gebied van wonen en zorg; De Kernen stelt voor deze initiatieven daarnaast om niet ruimten in haar complexen ter beschikking.',
      [],
      [
        {
          euro: 25_000,
          frequentie: BedragFrequentie.PER_JAAR,
          doel: 'burgerinitiatieven op het gebied van wonen en zorg',
          woorden: 'jaarlijks € 25.000',
        },
      ],
    ],
    // What is given back is not what the money is for.
    [
      'De gemeente stelt uit het Wmo-budget € 150.000 beschikbaar voor de aanleunwoningen van Het Zandlint, in ruil voor het rollatorgeschikt maken van deze woningen door Het Zandlint.',
      [],
      [{ euro: 150_000, doel: 'aanleunwoningen van Het Zandlint' }],
    ],
    // Made up, after the demo agreement: each frequency, and the year of each amount.
    [
      'De gemeente draagt jaarlijks € 25.000 bij aan de wijkbudgetten.',
      [],
      [{ euro: 25_000, frequentie: BedragFrequentie.PER_JAAR, doel: 'wijkbudgetten' }],
    ],
    [
      'In 2029 zijn er op 4 locaties 110 nieuwe geclusterde wooneenheden ontwikkeld. De gemeente draagt per ontmoetingsruimte eenmalig € 50.000 bij aan de onrendabele top.',
      [2029],
      [
        {
          euro: 50_000,
          frequentie: BedragFrequentie.EENMALIG,
          jaar: 2029,
          doel: 'onrendabele top (per ontmoetingsruimte)',
          woorden: 'eenmalig € 50.000',
        },
      ],
    ],
    [
      'De corporaties dragen in de looptijd samen € 200.000 bij aan de aanpak Vroeg Erop Af van de gemeente.',
      [],
      [{ frequentie: BedragFrequentie.TOTAAL, doel: 'aanpak Vroeg Erop Af van de gemeente' }],
    ],
    [
      'In de periode 2027-2030 stelt de gemeente jaarlijks € 30.000 beschikbaar voor de buurtkamers.',
      [2027, 2030],
      [{ frequentie: BedragFrequentie.PER_JAAR, jaar: 2027, totJaar: 2030, doel: 'buurtkamers' }],
    ],
    [
      'De gemeente betaalt € 10.000 in 2027 en € 20.000 in 2028 aan Stichting Welzijn voor de buurtcoaches.',
      [2027, 2028],
      [
        { euro: 10_000, frequentie: BedragFrequentie.EENMALIG, jaar: 2027, doel: 'buurtcoaches' },
        { euro: 20_000, frequentie: BedragFrequentie.EENMALIG, jaar: 2028, doel: 'buurtcoaches' },
      ],
    ],
    [
      'In 2027 investeert de gemeente € 1,5 miljoen in de herinrichting van het Dorpsplein.',
      [2027],
      [
        {
          euro: 1_500_000,
          frequentie: BedragFrequentie.EENMALIG,
          jaar: 2027,
          doel: 'herinrichting van het Dorpsplein',
        },
      ],
    ],
    // Without a purpose in so many words, the sentence says it.
    [
      'De gemeente stelt € 150.000 beschikbaar, in ruil voor het rollatorgeschikt maken van de woningen.',
      [],
      [
        {
          doel: 'De gemeente stelt € 150.000 beschikbaar, in ruil voor het rollatorgeschikt maken van de woningen',
        },
      ],
    ],
  ])('%s', (tekst, jaren, verwacht) => {
    expect(geldUit(tekst, jaren)).toEqual(verwacht.map((b): unknown => expect.objectContaining(b)));
  });

  it.each([
    'Uit de Wmo-middelen stelt de gemeente geld beschikbaar voor investeringen in de aanleunwoningen van Zorggroep Dijkhoven, zodat deze woningen geschikt blijven voor ouderen met een zorgvraag.',
    'De gemeente subsidieert Stichting Welzijn Hoogerbrug voor het organiseren van een activiteitenaanbod in de geclusterde woonvormen die over een ontmoetingsruimte beschikken.',
    // Made up: a limit on a rent is no money anyone gives.
    'De huurprijs van deze woningen bedraagt maximaal € 880 per maand.',
  ])('finds no amount in: %s', (tekst) => {
    expect(geldUit(tekst, [])).toEqual([]);
  });
});

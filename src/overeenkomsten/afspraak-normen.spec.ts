import { gegooideFout } from '../common/app-error.testing';
import { ErrorCode } from '../common/app-error';
import { normenOpslaan, normTekst, NormEenheid, NormVergelijking } from './afspraak-normen';
import { verwijzingenOpslaan, verwijzingInHash, verwijzingTekst } from './afspraak-verwijzingen';
import { voorwaardenOpslaan, voorwaardeTekst } from './afspraak-voorwaarden';
import { eigenDoelgroepenOpslaan, eigenDoelgroepIdsOpslaan } from './eigen-doelgroepen';
import { normenInHash } from './normen-inhoud';
import { InstrumentSoort } from './overeenkomst.entity';

const context = { leden: [], activiteiten: 2, locatieIds: [] };
const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000b1';

const fout = gegooideFout;

const norm = (extra: object) => ({
  onderwerp: 'afstand tot een huisartsenpost',
  vergelijking: NormVergelijking.HOOGSTENS,
  waarde: 400,
  eenheid: NormEenheid.METER,
  ...extra,
});

describe('normenOpslaan', () => {
  it('stores norms with and without a number, and says them in Dutch', () => {
    const [afstand, wmo, leeftijd] = normenOpslaan(
      [
        norm({ deel: { activiteit: 2 } }),
        {
          onderwerp: 'toegankelijkheidsniveau',
          vergelijking: NormVergelijking.PRECIES,
          waardeTekst: 'Wmo-geschikt',
        },
        norm({
          onderwerp: 'leeftijd',
          vergelijking: NormVergelijking.TUSSEN,
          waarde: 55,
          totWaarde: 70,
          eenheid: NormEenheid.JAREN,
        }),
      ],
      'input.normen',
      context,
    );
    expect(normTekst(afstand!)).toBe(
      'afstand tot een huisartsenpost: hoogstens 400 meter (activiteit 2)',
    );
    expect(normTekst(wmo!)).toBe('toegankelijkheidsniveau: Wmo-geschikt');
    expect(normTekst(leeftijd!)).toBe('leeftijd: tussen 55 en 70 jaar');
  });

  it('gives a norm to one partij of the afspraak and says whose it is', () => {
    // Seed 002, Zoetermeer: the corporaties house within three months, the gemeente gives up
    // to fifty hours of begeleiding.
    const [begeleiding] = normenOpslaan(
      [norm({ onderwerp: 'begeleiding', waarde: 50, eenheid: NormEenheid.UREN, partijId: A })],
      'input.normen',
      { ...context, partijIds: [A] },
    );
    expect(begeleiding!.partijId).toBe(A);
    const naam = (id: string) => (id === A ? 'Gemeente Vlietdam' : undefined);
    expect(normTekst(begeleiding!, '3.2', undefined, naam)).toBe(
      'begeleiding: Gemeente Vlietdam: hoogstens 50 uur',
    );
    // Without a partij the stored norm has no key at all: the hash of older norms stays.
    const [zonder] = normenOpslaan([norm({})], 'input.normen', { ...context, partijIds: [A] });
    expect('partijId' in zonder!).toBe(false);
    const geen = fout(() =>
      normenOpslaan([norm({ partijId: B })], 'input.normen', { ...context, partijIds: [A] }),
    );
    expect(geen.veld).toBe('input.normen.0.partijId');
    expect(geen.message).toMatch(/trekker of betrokkene/);
  });

  it('holds strict comparisons and refuses those that leave no value', () => {
    // Seed 002, Evean: "meer dan tien uur zorg per maand".
    const [zorg, wacht] = normenOpslaan(
      [
        norm({
          onderwerp: 'zorg per maand',
          vergelijking: NormVergelijking.MEER_DAN,
          waarde: 10,
          eenheid: NormEenheid.UREN,
        }),
        norm({ vergelijking: NormVergelijking.MINDER_DAN, waarde: 6, eenheid: NormEenheid.WEKEN }),
      ],
      'input.normen',
      context,
    );
    expect(normTekst(zorg!)).toBe('zorg per maand: meer dan 10 uur');
    expect(normTekst(wacht!)).toBe('afstand tot een huisartsenpost: minder dan 6 weken');
    const veld = (extra: object) =>
      fout(() => normenOpslaan([norm(extra)], 'input.normen', context)).veld;
    expect(veld({ vergelijking: NormVergelijking.MINDER_DAN, waarde: 0 })).toBe(
      'input.normen.0.waarde',
    );
    expect(
      veld({ vergelijking: NormVergelijking.MEER_DAN, waarde: 100, eenheid: NormEenheid.PROCENT }),
    ).toBe('input.normen.0.waarde');
    expect(veld({ vergelijking: NormVergelijking.MEER_DAN, totWaarde: 500 })).toBe(
      'input.normen.0.totWaarde',
    );
  });

  it('names a place a norm or voorwaarde holds for, not its id', () => {
    // Seed 002, Nijkerk: "Binnen het complex 'de Stoutenborg' is 50 procent gelabeld … op
    // voorwaarde dat hierdoor geen leegstand ontstaat".
    const [gelabeld] = normenOpslaan(
      [
        {
          onderwerp: 'aandeel gelabeld',
          vergelijking: NormVergelijking.PRECIES,
          waarde: 50,
          eenheid: NormEenheid.PROCENT,
          deel: { locatieId: A },
        },
      ],
      'input.normen',
      { ...context, locatieIds: [A] },
    );
    const naam = (id: string) => (id === A ? 'De Stoutenborg' : undefined);
    expect(normTekst(gelabeld!, '3.2', naam)).toBe(
      'aandeel gelabeld: 50% (locatie De Stoutenborg)',
    );
    expect(voorwaardeTekst('mits geen leegstand ontstaat', { locatieId: A }, '3.2', naam)).toBe(
      'mits geen leegstand ontstaat (geldt voor locatie De Stoutenborg)',
    );
    expect(voorwaardeTekst('mits geen leegstand ontstaat', { lid: 'b' }, '3.2', naam)).toBe(
      'mits geen leegstand ontstaat (geldt voor lid 3.2b)',
    );
  });

  it('refuses norms that contradict themselves, naming the field', () => {
    const veld = (extra: object) =>
      fout(() => normenOpslaan([norm(extra)], 'input.normen', context)).veld;
    expect(veld({ vergelijking: NormVergelijking.TUSSEN })).toBe('input.normen.0.totWaarde');
    expect(veld({ vergelijking: NormVergelijking.TUSSEN, totWaarde: 300 })).toBe(
      'input.normen.0.totWaarde',
    );
    expect(veld({ totWaarde: 500 })).toBe('input.normen.0.totWaarde');
    expect(veld({ waarde: null })).toBe('input.normen.0.waarde');
    expect(veld({ waardeTekst: 'dichtbij' })).toBe('input.normen.0.waardeTekst');
    expect(veld({ eenheid: null })).toBe('input.normen.0.eenheid');
    expect(veld({ eenheid: NormEenheid.PROCENT, waarde: 130 })).toBe('input.normen.0.waarde');
    expect(veld({ eenheid: NormEenheid.ANDERS })).toBe('input.normen.0.eenheidTekst');
    expect(veld({ deel: { activiteit: 3 } })).toBe('input.normen.0.deel.activiteit');
    const zonderGetal = fout(() =>
      normenOpslaan([norm({ waarde: null, waardeTekst: 'Wmo-geschikt' })], 'input.normen', context),
    );
    expect(zonderGetal.veld).toBe('input.normen.0.vergelijking');
    expect(zonderGetal.message).toMatch(/PRECIES/);
  });
});

describe('verwijzingenOpslaan', () => {
  const D = 'd1d1d1d1-0000-4000-8000-000000000001';
  const document = {
    id: D,
    bestandsnaam: 'woonzorgvisie-2026.pdf',
    grootte: 1234,
    sha256: 'ab'.repeat(32),
  };
  const ctx = { eigenId: A, afspraakIds: new Set([A, B]), documenten: new Map([[D, document]]) };
  it('refers to an instrument or to another afspraak of the overeenkomst', () => {
    const [instrument, afspraak] = verwijzingenOpslaan(
      [
        {
          soort: InstrumentSoort.HUISVESTINGSVERORDENING,
          titel: 'Huisvestingsverordening 2023',
          artikel: '2.3',
          url: 'https://lokaleregelgeving.overheid.nl/',
        },
        { afspraakId: B },
      ],
      'input.verwijzingen',
      ctx,
    );
    expect(verwijzingTekst(instrument!, () => undefined)).toBe(
      'Huisvestingsverordening: Huisvestingsverordening 2023, artikel 2.3 (https://lokaleregelgeving.overheid.nl/)',
    );
    expect(verwijzingTekst(afspraak!, () => '2.4')).toBe('afspraak 2.4');
  });

  it('refuses a reference to itself, to an unknown afspraak, to both, or without title', () => {
    const veld = (v: object) =>
      fout(() => verwijzingenOpslaan([v], 'input.verwijzingen', ctx)).veld;
    expect(veld({ afspraakId: A })).toBe('input.verwijzingen.0.afspraakId');
    expect(veld({ afspraakId: A.replace('a1', 'c1') })).toBe('input.verwijzingen.0.afspraakId');
    expect(veld({ afspraakId: B, soort: InstrumentSoort.PACT })).toBe('input.verwijzingen.0.soort');
    expect(veld({ soort: InstrumentSoort.WOONDEAL })).toBe('input.verwijzingen.0.titel');
    expect(veld({ titel: 'Woondeal regio Utrecht' })).toBe('input.verwijzingen.0.soort');
  });

  it('points at a document of the overeenkomst, which alone is enough beside the soort', () => {
    const [metDocument, metUrl] = verwijzingenOpslaan(
      [
        { soort: InstrumentSoort.WOONZORGVISIE, documentId: D },
        { soort: InstrumentSoort.WOONDEAL, url: 'https://www.example.nl/woondeal' },
      ],
      'input.verwijzingen',
      ctx,
    );
    expect(metDocument!.document).toEqual(document);
    expect(verwijzingTekst(metDocument!, () => undefined)).toBe(
      'Woonzorgvisie (document: woonzorgvisie-2026.pdf)',
    );
    expect(metUrl!.document).toBeUndefined();
    const [volledig] = verwijzingenOpslaan(
      [
        {
          soort: InstrumentSoort.WOONZORGVISIE,
          titel: 'Woonzorgvisie 2026',
          artikel: '3',
          documentId: D,
        },
      ],
      'input.verwijzingen',
      ctx,
    );
    expect(verwijzingTekst(volledig!, () => undefined)).toBe(
      'Woonzorgvisie: Woonzorgvisie 2026, artikel 3 (document: woonzorgvisie-2026.pdf)',
    );
  });

  it('refuses a document of another overeenkomst, or beside an afspraak', () => {
    const ander = D.replace('d1d1d1d1', 'e1e1e1e1');
    const eerste = (v: object) =>
      fout(() => verwijzingenOpslaan([v], 'input.verwijzingen', ctx)).veld;
    expect(eerste({ soort: InstrumentSoort.WOONZORGVISIE, documentId: ander })).toBe(
      'input.verwijzingen.0.documentId',
    );
    expect(eerste({ afspraakId: B, documentId: D })).toBe('input.verwijzingen.0.documentId');
  });

  it('adds a document to the hash by id and sha256, and leaves a verwijzing without one as it was', () => {
    const zonder = {
      soort: InstrumentSoort.WOONDEAL,
      titel: 'Woondeal',
      artikel: null,
      url: null,
      afspraakId: null,
      toelichting: null,
    };
    expect(verwijzingInHash(zonder)).toEqual(zonder);
    expect(verwijzingInHash({ ...zonder, document })).toEqual({
      ...zonder,
      documentId: D,
      sha256: document.sha256,
    });
  });
});

describe('voorwaardenOpslaan', () => {
  const leeg = { voorwaarden: [], voorwaardeDelen: [] };
  it('ties voorwaarden to a deel, and an old client keeps the deel of the texts it leaves', () => {
    const met = voorwaardenOpslaan(
      { metDeel: [{ tekst: 'mits subsidie', deel: { activiteit: 1 } }, { tekst: 'mits grond' }] },
      leeg,
      context,
    );
    expect(met).toEqual({
      voorwaarden: ['mits subsidie', 'mits grond'],
      voorwaardeDelen: [{ activiteit: 1 }, null],
    });
    expect(voorwaardenOpslaan({ teksten: ['nieuw', 'mits subsidie'] }, met, context)).toEqual({
      voorwaarden: ['nieuw', 'mits subsidie'],
      voorwaardeDelen: [null, { activiteit: 1 }],
    });
    expect(
      voorwaardenOpslaan({ teksten: ['alleen tekst'] }, leeg, context).voorwaardeDelen,
    ).toEqual([]);
  });

  it('re-checks stored delen when the afspraak lost the activiteit, and refuses both inputs', () => {
    const met = { voorwaarden: ['mits subsidie'], voorwaardeDelen: [{ activiteit: 2 }] };
    expect(fout(() => voorwaardenOpslaan({}, met, { ...context, activiteiten: 1 })).veld).toBe(
      'voorwaardenMetDeel.0.deel.activiteit',
    );
    expect(fout(() => voorwaardenOpslaan({ teksten: [], metDeel: [] }, leeg, context)).veld).toBe(
      'input.voorwaardenMetDeel',
    );
  });
});

describe('eigen doelgroepen', () => {
  const senioren = { id: A, naam: 'Senioren', omschrijving: '', leeftijdVan: 55, leeftijdTot: 70 };
  it('keeps ids, adds new ones and refuses an age range upside down or a name twice', () => {
    const lijst = eigenDoelgroepenOpslaan(
      [
        { id: A, naam: 'Senioren', omschrijving: '', leeftijdVan: 55, leeftijdTot: 75 },
        { naam: 'Spoedzoekers', omschrijving: 'Na scheiding' },
      ],
      [senioren],
      new Set(),
    );
    expect(lijst[0]!.id).toBe(A);
    expect(lijst[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      fout(() =>
        eigenDoelgroepenOpslaan(
          [{ naam: 'X', omschrijving: '', leeftijdVan: 70, leeftijdTot: 55 }],
          [],
          new Set(),
        ),
      ).veld,
    ).toBe('input.eigenDoelgroepen.0.leeftijdTot');
    expect(
      fout(() =>
        eigenDoelgroepenOpslaan(
          [
            { naam: 'X', omschrijving: '' },
            { naam: 'x', omschrijving: '' },
          ],
          [],
          new Set(),
        ),
      ).code,
    ).toBe(ErrorCode.AL_AANWEZIG);
  });

  it('refuses to drop one an afspraak names, and an afspraak naming an unknown one', () => {
    expect(fout(() => eigenDoelgroepenOpslaan([], [senioren], new Set([A]))).code).toBe(
      ErrorCode.IN_GEBRUIK,
    );
    expect(fout(() => eigenDoelgroepIdsOpslaan([B], [senioren])).veld).toBe(
      'input.eigenDoelgroepIds.0',
    );
    expect(eigenDoelgroepIdsOpslaan([A, A], [senioren])).toEqual([A]);
  });
});

describe('normenInHash', () => {
  it('adds nothing for an afspraak without these elements, so its hash stays as it was', () => {
    expect(normenInHash({})).toEqual({});
    expect(
      normenInHash({ normen: [], verwijzingen: [], voorwaardeDelen: [null], eigenDoelgroepen: [] }),
    ).toEqual({});
    expect(Object.keys(normenInHash({ voorwaardeDelen: [null, { lid: 'a' }] }))).toEqual([
      'voorwaardeDelen',
    ]);
  });
});

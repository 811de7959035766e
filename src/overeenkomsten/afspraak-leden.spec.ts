import { gegooideFout } from '../common/app-error.testing';
import { ErrorCode } from '../common/app-error';
import { detailsForType } from './afspraak-details';
import { ledenUitInput, ledenView, lidLetters } from './afspraak-leden';
import { AfspraakType, Volwassenheid } from './afspraak-type';
import { WaarschuwingCode, waarschuwingen } from './afspraak-waarschuwingen';

const HW = '00000000-0000-4000-8000-00000000000a';
const GEMEENTE = '00000000-0000-4000-8000-00000000000b';

const fout = gegooideFout;

const basis = {
  volwassenheid: Volwassenheid.VOORNEMEN,
  tekst: '',
  aantalIndicatoren: 0,
  leden: [],
};

describe('type rules refuse only contradictions (issue 15, point 7)', () => {
  it('accepts a transactie in which one partij bears the costs', () => {
    // Seed 002 (Hoeksche Waard): "HW Wonen [draagt] de kosten voor rollatorgeschikt maken en
    // eventuele aanpassingen aan keuken en badkamer".
    const stored = detailsForType(AfspraakType.TRANSACTIE, {
      transactie: {
        posten: [{ partijId: HW, levert: 'De kosten van rollatorgeschikt maken', ontvangt: '' }],
      },
    });
    expect(stored).toEqual({
      type: 'TRANSACTIE',
      posten: [{ partijId: HW, levert: 'De kosten van rollatorgeschikt maken', ontvangt: '' }],
    });
    const leeg = fout(() =>
      detailsForType(AfspraakType.TRANSACTIE, {
        transactie: { posten: [{ partijId: HW, levert: ' ', ontvangt: '' }] },
      }),
    );
    expect(leeg.veld).toBe('input.details.transactie.posten.0');
  });

  it('accepts an intentie without a condition and a handeling still to be worked out', () => {
    // Seed 002 (Den Haag): "Partijen spannen zich in om grootschalige leegstand van
    // zorgvastgoed te voorkomen."
    expect(
      detailsForType(AfspraakType.INTENTIE, {
        intentie: { voorwaarde: '', gevolg: 'grootschalige leegstand van zorgvastgoed voorkomen' },
      }),
    ).toMatchObject({ voorwaarde: '' });
    // Seed 000: "Beleid (preventieve) woningaanpassingen en communicatie richting inwoners".
    expect(detailsForType(AfspraakType.HANDELING, { handeling: { activiteiten: [] } })).toEqual({
      type: 'HANDELING',
      activiteiten: [],
    });
  });
});

describe('waarschuwingen', () => {
  it('names what is merely incomplete, in Dutch, without refusing it', () => {
    const w = waarschuwingen({
      ...basis,
      volwassenheid: Volwassenheid.SMART,
      type: AfspraakType.HANDELING,
      details: detailsForType(AfspraakType.HANDELING, {
        handeling: { activiteiten: [{ wat: 'Woningaanpassingen', partijIds: [], wanneer: '' }] },
      }),
    });
    expect(w.map((x) => x.code)).toEqual([
      WaarschuwingCode.SMART_ZONDER_INDICATOR,
      WaarschuwingCode.ACTIVITEIT_ZONDER_UITVOERDER,
      WaarschuwingCode.ACTIVITEIT_ZONDER_WANNEER,
    ]);
    expect(w[0]!.tekst).toMatch(/^SMART zonder indicator/);
  });

  it('is quiet for an intentie without condition and for a SMART afspraak with an indicator', () => {
    expect(
      waarschuwingen({
        ...basis,
        volwassenheid: Volwassenheid.SMART,
        aantalIndicatoren: 1,
        type: AfspraakType.INTENTIE,
        details: detailsForType(AfspraakType.INTENTIE, {
          intentie: { voorwaarde: '', gevolg: 'leegstand voorkomen' },
        }),
      }),
    ).toEqual([]);
  });
});

describe('leden', () => {
  // Seed 000, "Behoefte aan nultreden/levensloopbestendige woningen": nieuwbouw
  // nultredenwoningen (handeling) and monitoring lokale vraag en aanbod (proces).
  const invoer = [
    {
      tekst: 'Nieuwbouw voor senioren is minimaal nultreden',
      type: AfspraakType.HANDELING,
      details: { handeling: { activiteiten: [] } },
    },
    {
      tekst: 'Over de bestaande voorraad maken partijen in 2027 nieuwe afspraken',
      type: AfspraakType.PROCES,
      details: {
        proces: {
          overlegvorm: 'Monitoring lokale vraag en aanbod',
          frequentie: '',
          deelnemerIds: [GEMEENTE],
        },
      },
    },
  ];

  it('lettered by position, numbered after the afspraak, each lid with its own details', () => {
    const leden = ledenUitInput(invoer);
    expect(leden.map((l) => [l.letter, l.type])).toEqual([
      ['a', 'HANDELING'],
      ['b', 'PROCES'],
    ]);
    const naam = (id: string) => ({ id, naam: 'Gemeente' }) as never;
    const view = ledenView(leden, '3.2', naam);
    expect(view.map((l) => l.nummer)).toEqual(['3.2a', '3.2b']);
    expect(view[1]!.typeLabel).toBe('Procesafspraak');
    expect(lidLetters(leden)).toEqual(['a', 'b']);
  });

  it("refuses a lid's contradiction naming the lid's field", () => {
    const error = fout(() =>
      ledenUitInput([
        invoer[0]!,
        {
          tekst: 'Garantie',
          type: AfspraakType.GARANTIE,
          details: { proces: invoer[1]!.details.proces },
        },
      ]),
    );
    expect(error.code).toBe(ErrorCode.DETAILS_PASSEN_NIET_BIJ_TYPE);
    expect(error.veld).toBe('input.leden.1.details.garantie');
    expect(error.message).toMatch(/^Lid b: /);
  });

  it('warns per lid, not about the frame of a composite afspraak', () => {
    const w = waarschuwingen({
      ...basis,
      type: AfspraakType.HANDELING,
      details: detailsForType(AfspraakType.HANDELING, { handeling: { activiteiten: [] } }),
      leden: ledenUitInput(invoer),
    });
    expect(w.map((x) => [x.code, x.lid])).toEqual([
      [WaarschuwingCode.HANDELING_ZONDER_ACTIVITEITEN, 'a'],
    ]);
    expect(w[0]!.tekst).toMatch(/^Lid a: Handelingsafspraak zonder activiteiten/);
  });
});

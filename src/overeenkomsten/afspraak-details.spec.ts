import { gegooideFout } from '../common/app-error.testing';
import { ErrorCode } from '../common/app-error';
import {
  detailsForType,
  detailsView,
  partijIdsInDetails,
  GarantieDetails,
  TransactieDetails,
} from './afspraak-details';
import { AfspraakType } from './afspraak-type';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const fout = gegooideFout;

describe('detailsForType', () => {
  it('refuses a garantie without garantsteller, naming the field', () => {
    const error = fout(() =>
      detailsForType(AfspraakType.GARANTIE, {
        garantie: { garantstellerIds: [], wat: 'Huurgarantie' },
      }),
    );
    expect(error.code).toBe(ErrorCode.GARANTSTELLER_ONTBREEKT);
    expect(error.veld).toBe('input.details.garantie.garantstellerIds');
    expect(error.message).toMatch(/garantsteller/);
  });

  it('refuses a transactie between fewer than two partijen, and a partij named twice', () => {
    // Issue 15 point 7: one post is a partij that bears the costs alone, no longer refused; an
    // exchange of one partij with itself still is.
    expect(
      detailsForType(AfspraakType.TRANSACTIE, {
        transactie: { posten: [{ partijId: A, levert: 'x', ontvangt: 'y' }] },
      }),
    ).toEqual({ type: 'TRANSACTIE', posten: [{ partijId: A, levert: 'x', ontvangt: 'y' }] });
    const een = fout(() =>
      detailsForType(AfspraakType.TRANSACTIE, {
        transactie: {
          posten: [
            { partijId: A, levert: 'x', ontvangt: 'y' },
            { partijId: A, levert: 'z', ontvangt: 'w' },
          ],
        },
      }),
    );
    expect(een.code).toBe(ErrorCode.TRANSACTIE_TE_WEINIG_PARTIJEN);
    const dubbel = fout(() =>
      detailsForType(AfspraakType.TRANSACTIE, {
        transactie: {
          posten: [
            { partijId: A, levert: 'x', ontvangt: 'y' },
            { partijId: A, levert: 'x', ontvangt: 'y' },
            { partijId: B, levert: 'x', ontvangt: 'y' },
          ],
        },
      }),
    );
    expect(dubbel.code).toBe(ErrorCode.VALIDATIE_FOUT);
  });

  it('asks for exactly the details of the type, saying which it received', () => {
    const error = fout(() =>
      detailsForType(AfspraakType.INTENTIE, {
        proces: { overlegvorm: 'x', frequentie: 'y', deelnemerIds: [] },
      }),
    );
    expect(error.code).toBe(ErrorCode.DETAILS_PASSEN_NIET_BIJ_TYPE);
    expect(error.message).toContain('details.intentie');
    expect(error.message).toContain('details.proces');
  });

  it('stores a handeling with de-duplicated partijen and finds every partij a document names', () => {
    const stored = detailsForType(AfspraakType.HANDELING, {
      handeling: {
        activiteiten: [{ wat: 'Week tegen Eenzaamheid', partijIds: [A, A, B], wanneer: 'oktober' }],
      },
    });
    expect(stored).toEqual({
      type: 'HANDELING',
      activiteiten: [{ wat: 'Week tegen Eenzaamheid', partijIds: [A, B], wanneer: 'oktober' }],
    });
    expect(partijIdsInDetails(stored)).toEqual([A, B]);
  });

  it('shows a stored document with the partijen filled in', () => {
    const naam = (id: string) => ({ id, naam: id === A ? 'Gemeente' : 'Corporatie' }) as never;
    const garantie = detailsView(
      detailsForType(AfspraakType.GARANTIE, { garantie: { garantstellerIds: [A], wat: 'w' } }),
      naam,
    );
    expect(garantie).toBeInstanceOf(GarantieDetails);
    expect((garantie as GarantieDetails).garantstellers).toEqual([{ id: A, naam: 'Gemeente' }]);
    const transactie = detailsView(
      detailsForType(AfspraakType.TRANSACTIE, {
        transactie: {
          posten: [
            { partijId: A, levert: 'grond', ontvangt: 'woningen' },
            { partijId: B, levert: 'woningen', ontvangt: 'grond' },
          ],
        },
      }),
      naam,
    ) as TransactieDetails;
    expect(transactie.posten.map((p) => p.partij)).toEqual([
      { id: A, naam: 'Gemeente' },
      { id: B, naam: 'Corporatie' },
    ]);
  });
});

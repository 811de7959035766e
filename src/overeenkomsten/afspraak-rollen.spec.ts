import { gegooideFout } from '../common/app-error.testing';
import {
  bepaalRollen,
  BetrokkeneRol,
  garantieToezeggingen,
  garantieVoorHash,
  type RolContext,
  type RolPartij,
  TrekkerGroep,
} from './afspraak-rollen';

const partij = (id: string, soort: string, waarnemer = false): RolPartij => ({
  id,
  naam: id,
  soort,
  waarnemer,
});
const gemeente = partij('Gemeente Doetinchem', 'GEMEENTE');
const corporatie = partij('Sité Woondiensten', 'WONINGCORPORATIE');
const tweede = partij('Portaal', 'WONINGCORPORATIE');
const welzijn = partij('Welzijnsorganisatie', 'WELZIJNSORGANISATIE');
const provincie = partij('Provincie', 'PROVINCIE', true);
const velden = { trekker: 'input.trekkerId', betrokkenen: 'input.betrokkenen' };
const ctx = (c: Partial<RolContext> = {}): RolContext => ({
  trekker: gemeente,
  groep: null,
  garantstellerIds: [],
  ...c,
});
const gevraagd = (
  p: RolPartij,
  rol?: BetrokkeneRol,
  extra: { kostenaandeel?: number; bestaand?: BetrokkeneRol } = {},
) => ({
  partij: p,
  rol,
  kostenaandeel: extra.kostenaandeel ?? null,
  bestaand: extra.bestaand,
});
const fout = gegooideFout;

describe('bepaalRollen', () => {
  // Seed 002 (Doetinchem, laatstekansbeleid): "gemeente en woningcorporatie dragen een
  // gezamenlijke verantwoordelijkheid voor de laatstekanscontracten": two trekkers.
  it('keeps explicit roles, so an afspraak can have several trekkers', () => {
    expect(
      bepaalRollen(
        [gevraagd(corporatie, BetrokkeneRol.TREKKER), gevraagd(welzijn, BetrokkeneRol.UITVOERDER)],
        ctx(),
        velden,
      ),
    ).toEqual([BetrokkeneRol.TREKKER, BetrokkeneRol.UITVOERDER]);
  });

  it('derives a missing role as the migration did, keeping one the betrokkene already had', () => {
    expect(
      bepaalRollen(
        [
          gevraagd(gemeente),
          gevraagd(corporatie, undefined, { kostenaandeel: 40 }),
          gevraagd(tweede, undefined, { bestaand: BetrokkeneRol.MEDETREKKER }),
          gevraagd(welzijn),
        ],
        ctx(),
        velden,
      ),
    ).toEqual([
      BetrokkeneRol.TREKKER,
      BetrokkeneRol.FINANCIER,
      BetrokkeneRol.MEDETREKKER,
      BetrokkeneRol.BETROKKEN,
    ]);
    expect(
      bepaalRollen([gevraagd(corporatie)], ctx({ garantstellerIds: [corporatie.id] }), velden),
    ).toEqual([BetrokkeneRol.GARANTSTELLER]);
  });

  it('refuses the trekker with another role, naming the field', () => {
    const e = fout(() =>
      bepaalRollen(
        [gevraagd(welzijn, BetrokkeneRol.UITVOERDER), gevraagd(gemeente, BetrokkeneRol.FINANCIER)],
        ctx(),
        velden,
      ),
    );
    expect(e.extensions).toMatchObject({ code: 'VALIDATIE_FOUT', veld: 'input.betrokkenen.1.rol' });
    expect(e.message).toMatch(/is de trekker van deze afspraak/);
  });

  // Seed 002 (Stichtse Vecht): "De corporaties investeren in het verbeteren van de
  // toegankelijkheid van de algemene ruimtes binnen hun complexen": alle corporaties trekken.
  it('makes every member of the trekker group a trekker and refuses a member with another role', () => {
    const groep = ctx({ trekker: corporatie, groep: TrekkerGroep.ALLE_CORPORATIES });
    expect(bepaalRollen([gevraagd(tweede), gevraagd(gemeente)], groep, velden)).toEqual([
      BetrokkeneRol.TREKKER,
      BetrokkeneRol.BETROKKEN,
    ]);
    const e = fout(() => bepaalRollen([gevraagd(tweede, BetrokkeneRol.UITVOERDER)], groep, velden));
    expect(e.extensions).toMatchObject({ veld: 'input.betrokkenen.0.rol' });
    expect(e.message).toMatch(/alle corporaties/);
  });

  it('refuses an accountable trekker outside its group, and a waarnemer that pulls', () => {
    const buiten = fout(() =>
      bepaalRollen([], ctx({ trekker: gemeente, groep: TrekkerGroep.ALLE_CORPORATIES }), velden),
    );
    expect(buiten.extensions).toMatchObject({ veld: 'input.trekkerId' });
    const waarnemer = fout(() =>
      bepaalRollen([gevraagd(provincie, BetrokkeneRol.MEDETREKKER)], ctx(), velden),
    );
    expect(waarnemer.extensions).toMatchObject({
      code: 'GEEN_DEELNEMER',
      veld: 'input.betrokkenen.0.rol',
    });
    // A waarnemer outside the group is not pulled in by it.
    expect(
      bepaalRollen([gevraagd(provincie)], ctx({ groep: TrekkerGroep.ALLE_PARTIJEN }), velden),
    ).toEqual([BetrokkeneRol.BETROKKEN]);
  });
});

describe('garantieToezeggingen', () => {
  // Seed 003 (typologie, garantieafspraken): "Bij een uithuiszetting na uitstroom uit een
  // instelling delen gemeente, MO-organisatie en de woningcorporatie de kosten".
  const stellers = ['gemeente', 'mo', 'corporatie'];
  const wat = 'Delen de kosten bij een uithuiszetting na uitstroom uit een instelling';

  it('gives each garantsteller its own commitment, the shared wat where it has none', () => {
    expect(
      garantieToezeggingen(stellers, wat, [
        { partijId: 'corporatie', wat: 'Draagt de huurachterstand tot drie maanden' },
      ]),
    ).toEqual([
      { partijId: 'gemeente', wat },
      { partijId: 'mo', wat },
      { partijId: 'corporatie', wat: 'Draagt de huurachterstand tot drie maanden' },
    ]);
  });

  it('refuses a commitment of a partij that is no garantsteller, or two of one', () => {
    expect(
      fout(() => garantieToezeggingen(stellers, wat, [{ partijId: 'zorgkantoor', wat }]))
        .extensions,
    ).toMatchObject({ veld: 'input.details.garantie.toezeggingen.0.partijId' });
    expect(
      fout(() =>
        garantieToezeggingen(stellers, wat, [
          { partijId: 'mo', wat },
          { partijId: 'mo', wat: 'anders' },
        ]),
      ).extensions,
    ).toMatchObject({
      code: 'AL_AANWEZIG',
      veld: 'input.details.garantie.toezeggingen.1.partijId',
    });
  });

  it('hashes commitments that repeat the shared wat as a garantie without them', () => {
    const zonder = { type: 'GARANTIE', garantstellerIds: stellers, wat, geldigTot: null };
    const herhaald = { ...zonder, toezeggingen: garantieToezeggingen(stellers, wat, undefined) };
    expect(garantieVoorHash(herhaald)).toEqual(zonder);
    const eigen = {
      ...zonder,
      toezeggingen: garantieToezeggingen(stellers, wat, [{ partijId: 'mo', wat: 'Begeleidt' }]),
    };
    expect(garantieVoorHash(eigen)).toBe(eigen);
  });
});

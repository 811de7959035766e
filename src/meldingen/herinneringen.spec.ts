import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { STANDAARD_KALENDER } from '../jaarcyclus/kalender';
import { herinneringen, herinneringTekst } from './herinneringen';

describe('herinneringen', () => {
  it('reminds of the bod 14 days before 1 juli, then 3 days before', () => {
    const veertien = herinneringen(
      2027,
      JaarschijfStatus.CONCEPT,
      STANDAARD_KALENDER,
      new Date('2026-06-18T06:00:00Z'),
    );
    expect(veertien.map((h) => [h.soort, h.drempel, h.dagen])).toEqual([['BOD', 14, 13]]);
    const drie = herinneringen(
      2027,
      JaarschijfStatus.CONCEPT,
      STANDAARD_KALENDER,
      new Date('2026-06-28T06:00:00Z'),
    );
    expect(drie.map((h) => [h.soort, h.drempel])).toEqual([['BOD', 3]]);
    expect(herinneringTekst(drie[0]!, 'Afspraken Vlietdam')).toBe(
      'Herinnering, nog 3 dagen: het bod van de corporatie voor 2027 in “Afspraken Vlietdam” moet uiterlijk 30 juni 2026 klaar zijn.',
    );
  });

  it('says nothing of a step that is done, too far away or not asked', () => {
    const op = new Date('2026-12-05T06:00:00Z');
    expect(herinneringen(2027, JaarschijfStatus.ONDERTEKEND, STANDAARD_KALENDER, op)).toEqual([]);
    expect(
      herinneringen(2027, JaarschijfStatus.IN_ONDERHANDELING, STANDAARD_KALENDER, op).map(
        (h) => h.soort,
      ),
    ).toEqual(['ONDERTEKENING']);
    // The verantwoording over 2026 falls in mei 2027: a concept year was never carried out.
    const mei = new Date('2027-05-25T06:00:00Z');
    expect(herinneringen(2026, JaarschijfStatus.CONCEPT, STANDAARD_KALENDER, mei)).toEqual([]);
    expect(
      herinneringen(2026, JaarschijfStatus.IN_UITVOERING, STANDAARD_KALENDER, mei).map(
        (h) => h.soort,
      ),
    ).toEqual(['VERANTWOORDING']);
  });
});

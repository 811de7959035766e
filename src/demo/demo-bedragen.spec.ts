import { DEMO_BEDRAGEN, demoBedragen } from './demo-bedragen';
import { DEMO } from './demo-data';
import { DEMO_REGIO } from './demo-regio';
import { DEMO_ZANDMEER } from './demo-zandmeer';

describe('DEMO_BEDRAGEN', () => {
  const demos = [DEMO, DEMO_REGIO, DEMO_ZANDMEER];
  const afspraken = demos.flatMap((d) => d.afspraken);

  it('names only afspraken that exist, in one of the three demos, by a key they do not share', () => {
    expect(new Set(afspraken.map((a) => a.key)).size).toBe(afspraken.length);
    for (const key of Object.keys(DEMO_BEDRAGEN))
      expect(afspraken.map((a) => a.key)).toContain(key);
  });

  it('names only partijen of the demo that holds the afspraak', () => {
    for (const [key, bedragen] of Object.entries(DEMO_BEDRAGEN)) {
      const data = demos.find((d) => d.afspraken.some((a) => a.key === key))!;
      const partijen = data.partijen.map((p) => p.key);
      for (const b of bedragen)
        for (const p of [...b.betalers.map((x) => x.partij), ...(b.ontvangers ?? [])])
          expect(partijen).toContain(p);
    }
  });

  it('turns keys into ids for the API', () => {
    const [bedrag] = demoBedragen('schuldhulp-200k', (k) => `id-${k}`);
    expect(bedrag?.betalers).toEqual([
      { partijId: 'id-corpA', centen: 3_000_000 },
      { partijId: 'id-corpB', centen: 2_000_000 },
    ]);
    expect(bedrag?.ontvangerIds).toEqual(['id-gemeente']);
  });
});

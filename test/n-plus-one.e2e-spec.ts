import { MikroORM } from '@mikro-orm/core';
import { DemoService } from '../src/demo/demo.service';
import { generatedAgreement } from './support/generated-agreement';
import { FULL_OVEREENKOMST } from './support/queries';
import { startTestApp, type TestApp } from './support/test-app';

async function gemeenteVan(t: TestApp, overeenkomstId: string): Promise<string> {
  const [row] = await t.app
    .get(MikroORM)
    .em.getConnection()
    .execute<{ partij_id: string }[]>(
      'select partij_id from overeenkomst_gemeente where overeenkomst_id = ?',
      [overeenkomstId],
    );
  return row.partij_id;
}

describe('loading a whole overeenkomst', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function countQueries(afspraken: number, indicatoren: number) {
    const id = await t.app
      .get(DemoService)
      .load(generatedAgreement(`N${afspraken}`, { afspraken, indicatoren }));
    await t.maakLid(await gemeenteVan(t, id));
    t.queries.length = 0;
    const data = await t.gqlOk<{
      overeenkomst: {
        onderdelen: { afspraken: unknown[] }[];
        indicatoren: { streefwaarden: unknown[] }[];
      };
    }>(FULL_OVEREENKOMST, { id });
    const loaded = data.overeenkomst.onderdelen.flatMap((o) => o.afspraken).length;
    return { count: t.queries.filter((q) => /^\s*select/i.test(q)).length, loaded, data };
  }

  it('costs the same number of SQL queries for 10 afspraken as for 200', async () => {
    const small = await countQueries(10, 4);
    const large = await countQueries(200, 40);
    expect(small.loaded).toBe(10);
    expect(large.loaded).toBe(200);
    expect(large.data.overeenkomst.indicatoren).toHaveLength(40);
    expect(large.data.overeenkomst.indicatoren.every((i) => i.streefwaarden.length === 4)).toBe(
      true,
    );
    console.log(`SQL-queries: ${small.count} bij 10 afspraken, ${large.count} bij 200`);
    expect(large.count).toBe(small.count);
    // A fixed, small number: one query per level of nesting, not per row.
    expect(large.count).toBeLessThan(30);
  });
});

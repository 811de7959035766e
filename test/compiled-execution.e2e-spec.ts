import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { MikroORM } from '@mikro-orm/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { UITVOERING_KANAAL, type Uitvoering } from '../src/common/compiled-execution';
import { DemoService } from '../src/demo/demo.service';
import { generatedAgreement } from './support/generated-agreement';
import { FULL_OVEREENKOMST } from './support/queries';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The speed of the agreement query rests on graphql-jit and on NestJS's property resolvers being
 * left out (bench:graphql). Neither shows in an answer, so a NestJS or graphql-jit upgrade could
 * lose them silently; this test, against the real app, fails instead.
 */
describe('compiled execution of the agreement query', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = await t.app
      .get(DemoService)
      .load(generatedAgreement('C', { afspraken: 3, indicatoren: 2 }));
    const [rij] = await t.app
      .get(MikroORM)
      .em.getConnection()
      .execute<{ partij_id: string }[]>(
        'select partij_id from overeenkomst_gemeente where overeenkomst_id = ?',
        [id],
      );
    await t.maakLid(rij.partij_id);
  });
  afterAll(() => t.close());

  it('runs the whole agreement query through graphql-jit', async () => {
    const gezien: Uitvoering[] = [];
    const luister = (bericht: unknown) => gezien.push(bericht as Uitvoering);
    subscribe(UITVOERING_KANAAL, luister);
    try {
      await t.gqlOk(FULL_OVEREENKOMST, { id });
    } finally {
      unsubscribe(UITVOERING_KANAAL, luister);
    }
    expect(gezien).toEqual([{ operationName: 'Volledig', gecompileerd: true }]);
  });

  it('reads plain properties inline: the model fields keep no NestJS property resolver', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const naam of ['Overeenkomst', 'Afspraak', 'Onderdeel', 'Indicator', 'Streefwaarde']) {
      const type = schema.getType(naam);
      if (!isObjectType(type)) throw new Error(`${naam} is geen objecttype`);
      const velden = type.getFields();
      for (const veld of ['id', 'titel', 'nummer', 'naam', 'waarde', 'status']) {
        if (velden[veld])
          expect({ type: naam, veld, resolve: velden[veld].resolve }).toEqual({
            type: naam,
            veld,
            resolve: undefined,
          });
      }
    }
  });
});

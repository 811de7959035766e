import { MikroORM } from '@mikro-orm/core';
import { Thema } from '../src/overeenkomsten/thema.entity';
import { startTestApp, type TestApp } from './support/test-app';

describe('timestamps from the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are Dates in raw SQL as in entities, on this connection', async () => {
    const em = t.app.get(MikroORM).em.fork();
    const [rij] = await em.getConnection().execute<{ nu: unknown; lijst: unknown }[]>(
      `select timestamptz '2026-11-26 03:45:27.972+00' as nu,
                array[timestamptz '2026-01-01 00:00:00+00'] as lijst`,
    );
    expect(rij.nu).toEqual(new Date('2026-11-26T03:45:27.972Z'));
    expect(rij.lijst).toEqual([new Date('2026-01-01T00:00:00Z')]);
    const [thema] = await em.find(Thema, {}, { limit: 1 });
    expect(thema!.createdAt).toBeInstanceOf(Date);
  });
});

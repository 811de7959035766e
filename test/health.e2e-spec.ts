import { startTestApp, type TestApp } from './support/test-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the state of the database it runs on', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ status: 'up', embedded: t.embedded, schema: t.schema });
    expect(body.database.version).toMatch(/PostgreSQL \d+/);
  });
});

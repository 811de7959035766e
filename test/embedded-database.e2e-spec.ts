import { Client } from 'pg';
import { databaseUrl } from './support/test-app';

/**
 * The embedded database serves every connection from one PGlite session (on the PostgreSQL server
 * this run is trivially right). Parameterised queries
 * of several connections, some inside transactions (as the app's pool and pg-boss send them),
 * must each get their own answer: before the queue kept a query's messages together, this run
 * gave "unnamed prepared statement does not exist", rows of another query, and a client that
 * waited forever.
 */
describe('de ingebouwde database bij gelijktijdige verbindingen', () => {
  const clients: Client[] = [];

  beforeAll(async () => {
    for (let k = 0; k < 4; k++) {
      const client = new Client({ connectionString: databaseUrl().url });
      await client.connect();
      clients.push(client);
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.end();
  });

  it('geeft elke verbinding het antwoord op haar eigen vraag, ook naast transacties', async () => {
    const uitkomsten = await Promise.all(
      clients.map(async (client, k) => {
        const fout: string[] = [];
        for (let i = 0; i < 150; i++) {
          if (k % 2 === 0) await client.query('BEGIN');
          const { rows } = await client.query<Record<string, number>>(
            `select $1::int * ${k + 2} as n${k}`,
            [i],
          );
          if (rows[0]?.[`n${k}`] !== i * (k + 2)) fout.push(`${k}:${i}`);
          if (k % 2 === 0) await client.query('COMMIT');
        }
        return fout;
      }),
    );
    expect(uitkomsten.flat()).toEqual([]);
  }, 60_000);
});

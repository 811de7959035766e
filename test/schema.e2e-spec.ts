import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGeneratedSchema } from './support/generated-schema';

describe('schema.gql', () => {
  it('is the schema the code defines (run npm run schema:write after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(committed).toBe(await printGeneratedSchema());
  });

  it('offers the six afspraak types with exactly these enum values', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    const enumBlock = /enum AfspraakType \{([^}]*)\}/.exec(committed)?.[1] ?? '';
    const values = enumBlock
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values.sort()).toEqual([
      'BESCHRIJVEND',
      'GARANTIE',
      'HANDELING',
      'INTENTIE',
      'PROCES',
      'TRANSACTIE',
    ]);
  });
});

import { parse } from 'graphql';
import { queryDepth } from './query-limits.plugin';

describe('queryDepth', () => {
  it('counts nested selections through fragments and inline fragments', () => {
    const document = parse(`
      query Q { overeenkomst(id: "x") { onderdelen { afspraken { ...A } } } }
      fragment A on Afspraak { details { ... on GarantieDetails { garantstellers { naam } } } }
    `);
    expect(queryDepth(document, 'Q')).toBe(6);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const document = parse(`query { a { ...F } } fragment F on T { b { ...F } }`);
    expect(queryDepth(document)).toBe(2);
  });
});

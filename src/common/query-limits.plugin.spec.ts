import { buildSchema, getOperationAST, parse } from 'graphql';
import { type AppError, ErrorCode } from './app-error';
import { queryDepth, queryLimitsPlugin } from './query-limits.plugin';

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

describe('queryLimitsPlugin', () => {
  const schema = buildSchema(`
    type Query { items(n: Int!): [Item!]! }
    type Item { naam: String items: [Item!]! }
  `);
  // A root field costs 10 000, a list multiplies by 10: two levels of items cost 10 120, three
  // levels 11 220.
  const plugin = queryLimitsPlugin({ maxDepth: 4, maxCost: 10_500 });
  const check = async (query: string, variables?: Record<string, unknown>) => {
    const listener = await plugin.requestDidStart!({} as never);
    const document = documents.get(query) ?? parse(query);
    documents.set(query, document);
    const operation = getOperationAST(document);
    return listener!.didResolveOperation!({
      request: { variables },
      document,
      schema,
      operation,
      operationName: operation?.name?.value ?? null,
      response: { http: { headers: new Map() } },
    } as never);
  };
  const documents = new Map<string, ReturnType<typeof parse>>();
  const code = async (query: string, variables?: Record<string, unknown>) => {
    try {
      await check(query, variables);
      return 'OK';
    } catch (error) {
      return (error as AppError).extensions.code;
    }
  };

  it('refuses the same heavy document every time, and passes a light one', async () => {
    const licht = `query { items(n: 1) { naam items { naam } } }`;
    const zwaar = `query { items(n: 1) { naam items { naam items { naam } } } }`;
    for (let i = 0; i < 3; i++) {
      expect(await code(licht)).toBe('OK');
      expect(await code(zwaar)).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
    }
  });

  it('refuses a document that is too deep every time', async () => {
    const diep = `query { items(n: 1) { items { items { items { naam } } } } }`;
    expect(await code(diep)).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
    expect(await code(diep)).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
  });

  it('leaves unusable variables to execution, also once the document is known', async () => {
    const zwaar = `query Z($n: Int!) { items(n: $n) { naam items { naam items { naam } } } }`;
    expect(await code(zwaar, { n: 'veel' })).toBe('OK');
    expect(await code(zwaar, { n: 1 })).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
    expect(await code(zwaar, { n: 'veel' })).toBe('OK');
    expect(await code(zwaar, { n: 1 })).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
  });

  it('stops reading unusable variables at the first fault, however many there are', async () => {
    // A fuzz case of 650 KB with thousands of faults took 13 s when each got its own error.
    const telSchema = buildSchema(`
      scalar Teller
      type Query { items(n: Int!, w: [Teller!]): [Item!]! }
      type Item { naam: String }
    `);
    let gelezen = 0;
    Object.assign(telSchema.getType('Teller')!, {
      parseValue: () => {
        gelezen++;
        throw new Error('geen teller');
      },
    });
    const listener = await plugin.requestDidStart!({} as never);
    const document = parse(`query T($w: [Teller!]) { items(n: 1, w: $w) { naam } }`);
    await listener!.didResolveOperation!({
      request: { variables: { w: Array.from({ length: 1000 }, (_, i) => i) } },
      document,
      schema: telSchema,
      operation: getOperationAST(document),
      operationName: 'T',
      response: { http: { headers: new Map() } },
    } as never);
    expect(gelezen).toBeGreaterThan(0);
    expect(gelezen).toBeLessThanOrEqual(2);
  });

  it('weighs a document with @include afresh for its variables', async () => {
    const query = `query S($alles: Boolean!) {
      items(n: 1) { naam items { naam items @include(if: $alles) { naam } } }
    }`;
    for (let i = 0; i < 2; i++) {
      expect(await code(query, { alles: false })).toBe('OK');
      expect(await code(query, { alles: true })).toBe(ErrorCode.TE_ZWARE_AANVRAAG);
    }
  });

  it('counts every alias of a root field: the same field twice costs twice', async () => {
    expect(await code(`query { a: items(n: 1) { naam } }`)).toBe('OK');
    expect(await code(`query { a: items(n: 1) { naam } b: items(n: 1) { naam } }`)).toBe(
      ErrorCode.TE_ZWARE_AANVRAAG,
    );
  });

  it('refuses a document whose operation cannot be chosen with BAD_REQUEST', async () => {
    expect(await code(`query A { items(n: 1) { naam } } query B { items(n: 1) { naam } }`)).toBe(
      'BAD_REQUEST',
    );
  });
});

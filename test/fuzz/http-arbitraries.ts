import fc from 'fast-check';

/*
 * Whole HTTP requests to /graphql that no well-behaved client sends: malformed JSON, the wrong
 * content type, random documents, batches, huge variables, GET mutations.
 */

/** Percent-encodes the UTF-8 bytes; encodeURIComponent throws on half a surrogate pair. */
const procentCodering = (tekst: string) =>
  [...Buffer.from(tekst, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

export interface HttpGeval {
  soort: string;
  methode: 'GET' | 'POST';
  pad: string;
  contentType?: string;
  body?: string;
  metToken: boolean;
}

const woorden = fc.constantFrom(
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '$x',
  '@skip(if: true)',
  '@include(if: $x)',
  'query',
  'mutation',
  'subscription',
  'fragment F on Query',
  'on',
  '__schema',
  '__type(name: "Query")',
  '__typename',
  'me',
  'id',
  'naam',
  'overeenkomsten',
  'items',
  'total',
  'afspraak(id: "x")',
  'onderdeel(id: $x)',
  'login(input: {})',
  'createAfspraak',
  '"tekst"',
  '"""blok"""',
  '12',
  '1e400',
  'null',
  'true',
  '#',
  ',',
  '\u0000',
  '\ud800',
);

const document = fc.oneof(
  { weight: 4, arbitrary: fc.array(woorden, { maxLength: 30 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `{${'me {'.repeat(n)}`) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 2, max: 200 })
      .map(
        (n) => `query { ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      ),
  },
);

const geldigeBody = fc
  .tuple(
    document,
    fc.option(fc.jsonValue({ maxDepth: 3 })),
    fc.option(fc.string({ maxLength: 20 })),
  )
  .map(([query, variables, operationName]) => JSON.stringify({ query, variables, operationName }));

export const httpArb: fc.Arbitrary<HttpGeval> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(geldigeBody, fc.nat(), fc.string({ maxLength: 10 }))
      .map(([body, knip, rommel]): HttpGeval => ({
        soort: 'kapotte JSON',
        methode: 'POST',
        pad: '/graphql',
        contentType: 'application/json',
        body: body.slice(0, knip % (body.length + 1)) + rommel,
        metToken: true,
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        geldigeBody,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/xml',
          '',
        ),
      )
      .map(([body, contentType]): HttpGeval => ({
        soort: 'verkeerd content-type',
        methode: 'POST',
        pad: '/graphql',
        contentType,
        body,
        metToken: true,
      })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(geldigeBody, fc.boolean()).map(([body, metToken]): HttpGeval => ({
      soort: 'willekeurig document',
      methode: 'POST',
      pad: '/graphql',
      contentType: 'application/json',
      body,
      metToken,
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 100_000, max: 3_000_000 }), fc.constantFrom('x', '\u0000', '€'))
      .map(([n, teken]): HttpGeval => ({
        soort: 'grote variabelen',
        methode: 'POST',
        pad: '/graphql',
        contentType: 'application/json',
        body: JSON.stringify({ query: '{ me { id } }', variables: { x: teken.repeat(n) } }),
        metToken: true,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(geldigeBody, { maxLength: 30 }), fc.boolean())
      .map(([bodies, metToken]): HttpGeval => ({
        soort: 'batch',
        methode: 'POST',
        pad: '/graphql',
        contentType: 'application/json',
        body: `[${bodies.join(',')}]`,
        metToken,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(document, fc.constantFrom('', 'mutation { logout }', '{ me { id } }'))
      .map(([query, vast]): HttpGeval => ({
        soort: 'GET',
        methode: 'GET',
        pad: `/graphql?query=${procentCodering(vast || query)}`,
        metToken: true,
      })),
  },
);

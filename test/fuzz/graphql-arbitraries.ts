import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/*
 * Arbitraries for the arguments of every mutation, derived from the running app's schema:
 * mostly valid-looking values (with real ids of the demo, so a case gets past "not found"),
 * mixed with wrong types, missing and null values, and hostile strings, numbers, dates, enum
 * values and lists, at every level of every input type.
 */

/** Real ids of the demo per table, and those a destructive mutation must not receive. */
export interface IdPool {
  perTabel: Map<string, string[]>;
  alle: string[];
  /** The demo agreements, the fuzzers' own organisations, memberships and participations. */
  beschermd: Set<string>;
}

const MB = 1024 * 1024;
const GROOT = 'x'.repeat(MB);
const GROOT_CONTROLE = '\u0001'.repeat(MB);

const c0 = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));
const loneSurrogaat = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));
const bijzonder = fc.constantFrom(
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\ufffd',
  '😀',
  'e\u0301',
  "'; drop table afspraak; --",
  '${jndi:x}',
  '<script>alert(1)</script>',
  '%00',
  '\\u0000',
);

/** Strings: mostly ordinary text, then every kind of trouble a client could send. */
export const tekstArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 18, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 6, arbitrary: fc.lorem({ maxCount: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom('', ' ', '\n', '\t') },
  // Megabytes cost every request time; rarer, so a case with many text fields stays quick.
  { weight: 1, arbitrary: fc.constantFrom(GROOT, GROOT_CONTROLE, 'é'.repeat(20001)) },
  { weight: 2, arbitrary: fc.integer({ min: 250, max: 70_000 }).map((n) => 'a'.repeat(n)) },
  {
    weight: 9,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.oneof(c0, loneSurrogaat, bijzonder),
        fc.string({ maxLength: 10 }),
      )
      .map((delen) => delen.join('')),
  },
  {
    weight: 3,
    arbitrary: fc.string({ unit: fc.oneof(c0, loneSurrogaat, bijzonder), maxLength: 20 }),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** Ints: valid-looking years and counts, then the edges of Int, of PostgreSQL and of JSON. */
const intArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 2018, max: 2036 }) },
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 100 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 53,
      -(2 ** 53),
      1e308,
      -1e308,
      -0,
      0.5,
      2026.5,
      32767,
      32768,
      -32769,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '12', '1e3', '0x10') },
  { weight: 1, arbitrary: fc.integer() },
);

const floatArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -10, max: 1000, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, 1e16, 123456789.12345679),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '1,5', '') },
);

const datumArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0000-00-00',
      '2026-02-30',
      '2026-13-45T25:61:61Z',
      '9999-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '+999999-01-01T00:00:00Z',
      '1970-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '2026-06-01',
      '2026-06-01T12:00:00+99:00',
      'Invalid Date',
      'gisteren',
      '',
      '2026-06-01T12:00:00.123456789Z',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(8.64e15 + 1, -1, 1e20, 0) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
);

/** JSON scalars: any JSON, objects that look like the app's own, deep nesting, enum values. */
function jsonArb(enumWaarden: string[]): fc.Arbitrary<unknown> {
  const diep = fc
    .integer({ min: 50, max: 5000 })
    .map((n) => Array.from({ length: n }).reduce<unknown>((binnen) => ({ a: binnen }), 1));
  return fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    {
      weight: 3,
      arbitrary: fc.dictionary(
        fc.oneof(
          fc.constantFrom('type', 'soort', 'jaar', 'waarde', 'content', 'text', 'attrs'),
          fc.string(),
        ),
        fc.oneof(fc.constantFrom(...enumWaarden), tekstArb, intArb, fc.constant(null)),
        { maxKeys: 5 },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b' }] }],
      }),
    },
    { weight: 1, arbitrary: diep },
    { weight: 1, arbitrary: fc.constantFrom(...enumWaarden) },
  );
}

const verkeerdType: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ id: '00000000-0000-0000-0000-000000000000' }),
);

/** The table an id field refers to, from its name or the mutation's ("afspraakIds" → afspraak). */
function tabelVoor(veld: string, mutatie: string, pool: IdPool): string[] | undefined {
  const plat = (s: string) => s.toLowerCase().replace(/_/g, '');
  const stam = plat(veld.replace(/Ids?$/, ''));
  const tabellen = [...pool.perTabel.keys()];
  const opNaam = tabellen.find((t) => plat(t) === stam);
  if (opNaam) return pool.perTabel.get(opNaam);
  if (/^(ondertekenaar|gemeente|partij|trekker|betrokkene|garantsteller)/.test(stam))
    return pool.perTabel.get('partij');
  if (stam === '' || stam === 'id') {
    const m = plat(mutatie);
    const opMutatie = tabellen
      .filter((t) => m.endsWith(plat(t)))
      .sort((a, b) => b.length - a.length)[0];
    if (opMutatie) return pool.perTabel.get(opMutatie);
    if (/versie/.test(m)) return pool.perTabel.get('onderdeel_versie');
    if (/voorstel/.test(m)) return pool.perTabel.get('wijzigingsvoorstel');
    if (/lid/.test(m)) return pool.perTabel.get('lidmaatschap');
  }
  return undefined;
}

export const DESTRUCTIEF = /^(delete|verwijder|remove|wijzigLid|updateDeelnemer|herstelVersie)/;

function idArb(veld: string, mutatie: string, pool: IdPool, netjes = false): fc.Arbitrary<unknown> {
  const destructief = DESTRUCTIEF.test(mutatie);
  const bruikbaar = (ids: string[] | undefined) =>
    (ids ?? []).filter((id) => !destructief || !pool.beschermd.has(id));
  const eigen = bruikbaar(tabelVoor(veld, mutatie, pool));
  const alle = bruikbaar(pool.alle);
  const echt = eigen.length ? fc.constantFrom(...eigen) : fc.constantFrom(...alle);
  if (netjes) return echt;
  return fc.oneof(
    { weight: 8, arbitrary: echt },
    { weight: 2, arbitrary: fc.constantFrom(...alle) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(
          '',
          'null',
          '00000000-0000-0000-0000-000000000000',
          'ffffffff-ffff-ffff-ffff-ffffffffffff',
        ),
        echt.map((id) => id.toUpperCase()),
        echt.map((id) => `${id} `),
        echt.map((id) => `${id}\u0000`),
        echt.map((id) => `${id}' or '1'='1`),
        tekstArb,
        fc.integer(),
      ),
    },
  );
}

function stringArb(veld: string): fc.Arbitrary<unknown> {
  const naam = veld.toLowerCase();
  if (naam.includes('email'))
    return fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('buiten@demo.driehoek.nl', 'zorg@demo.driehoek.nl', 'a@b', '@', ''),
      tekstArb,
    );
  if (naam.includes('wachtwoord'))
    return fc.oneof(fc.constantFrom('driehoek-demo', 'kort', 'x'.repeat(10_000)), tekstArb);
  if (/url|adres|link|bron/.test(naam))
    return fc.oneof(
      fc.webUrl(),
      fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'http://127.0.0.1:1/'),
      tekstArb,
    );
  if (/docx|sjabloon|bestand|base64|inhoud/.test(naam))
    return fc.oneof(
      fc.base64String({ maxLength: 200 }),
      fc.constantFrom(Buffer.from('PK\u0003\u0004garbage').toString('base64'), GROOT),
      tekstArb,
    );
  return tekstArb;
}

interface Context {
  /** Only valid-looking values: such a case gets past validation into the services. */
  netjes: boolean;
  schema: GraphQLSchema;
  pool: IdPool;
  mutatie: string;
  enumWaarden: string[];
}

/** A valid-looking value of a leaf type: demo years, small numbers, plain text, real ids. */
function netteLeafArb(type: GraphQLInputType, veld: string, ctx: Context): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (!isScalarType(type)) return fc.constant(null);
  const naam = veld.toLowerCase();
  switch (type.name) {
    case 'ID':
      return idArb(veld, ctx.mutatie, ctx.pool, true);
    case 'String':
      if (naam.includes('email'))
        return fc.constantFrom('nieuw@voorbeeld.nl', 'buiten@demo.driehoek.nl');
      if (naam.includes('wachtwoord')) return fc.constant('driehoek-demo');
      if (/url|adres|link/.test(naam)) return fc.constant('https://voorbeeld.nl/stuk');
      return fc.oneof(fc.lorem({ maxCount: 4 }), fc.string({ minLength: 1, maxLength: 20 }));
    case 'Int':
      return naam.includes('jaar')
        ? fc.integer({ min: 2025, max: 2030 })
        : fc.integer({ min: 0, max: 10 });
    case 'Float':
      return fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc
        .date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'JSON':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return fc.string({ maxLength: 10 });
  }
}

function leafArb(type: GraphQLInputType, veld: string, ctx: Context): fc.Arbitrary<unknown> {
  if (ctx.netjes) return netteLeafArb(type, veld, ctx);
  if (isEnumType(type)) {
    const waarden = type.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...waarden) },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.constantFrom('ONBEKEND', '', 'null', '__proto__', 'constructor'),
          fc.constantFrom(...waarden).map((w) => w.toLowerCase()),
          fc.constantFrom(...waarden).map((w) => `${w} `),
          fc.constantFrom(...ctx.enumWaarden),
          fc.integer({ min: -1, max: 10 }),
        ),
      },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return idArb(veld, ctx.mutatie, ctx.pool);
      case 'String':
        return stringArb(veld);
      case 'Int':
        return intArb;
      case 'Float':
        return floatArb;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return datumArb;
      case 'JSON':
        return jsonArb(ctx.enumWaarden);
      default:
        return fc.oneof(tekstArb, intArb, fc.jsonValue());
    }
  }
  return verkeerdType;
}

/**
 * A value for an input type: mostly a valid-looking one, sometimes the wrong type, null, or
 * (returned as undefined, so JSON leaves it out) missing.
 */
function waardeArb(
  type: GraphQLInputType,
  veld: string,
  ctx: Context,
  diepte: number,
): fc.Arbitrary<unknown> {
  const verplicht = isNonNullType(type);
  const binnen = verplicht ? type.ofType : type;
  let goed: fc.Arbitrary<unknown>;
  if (isListType(binnen)) {
    const element = waardeArb(binnen.ofType, veld, ctx, diepte + 1);
    goed = fc.oneof(
      { weight: 10, arbitrary: fc.array(element, { maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(element, fc.constantFrom(201, 1000, 20_000))
          // A long list of one small value: long lists of large values only test the client.
          .map(([e, n]) => {
            const klein = JSON.stringify(e ?? null).length <= 200 ? e : null;
            return Array.from({ length: n }, () => klein);
          }),
      },
      { weight: 1, arbitrary: element },
    );
  } else if (isInputObjectType(binnen)) {
    goed = diepte > 6 ? fc.constant({}) : objectArb(binnen.getFields(), ctx, diepte + 1);
  } else if (isLeafType(binnen)) {
    goed = leafArb(binnen, veld, ctx);
  } else {
    goed = verkeerdType;
  }
  if (ctx.netjes)
    return verplicht
      ? goed
      : fc.oneof({ weight: 3, arbitrary: goed }, { weight: 1, arbitrary: fc.constant(undefined) });
  return fc.oneof(
    { weight: 24, arbitrary: goed },
    { weight: 1, arbitrary: verkeerdType },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: verplicht ? 1 : 4, arbitrary: fc.constant(undefined) },
  );
}

function objectArb(
  velden: Record<string, { name: string; type: GraphQLInputType }>,
  ctx: Context,
  diepte: number,
): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(
    Object.fromEntries(
      Object.values(velden).map((v) => [v.name, waardeArb(v.type, v.name, ctx, diepte)]),
    ),
  );
  return fc
    .tuple(
      record,
      fc.option(fc.tuple(fc.constantFrom('onbekendVeld', '__proto__', 'id'), tekstArb), {
        freq: 12,
      }),
    )
    .map(([waarde, extra]) => {
      const schoon = Object.fromEntries(Object.entries(waarde).filter(([, v]) => v !== undefined));
      if (extra && !(extra[0] in schoon)) schoon[extra[0]] = extra[1];
      return schoon;
    });
}

export interface MutatieGeval {
  mutatie: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The document for a mutation: every argument a variable, the result as small as possible. */
function document(veld: GraphQLField<unknown, unknown>): string {
  const args = veld.args;
  const definities = args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const gebruik = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selectie = isLeafType(getNamedType(veld.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${definities ? `(${definities})` : ''} { ${veld.name}${gebruik ? `(${gebruik})` : ''}${selectie} }`;
}

/** Every mutation of the schema with an arbitrary of its variables. */
export function mutatieArbitraries(
  schema: GraphQLSchema,
  pool: IdPool,
): { naam: string; arbitrary: fc.Arbitrary<MutatieGeval> }[] {
  const mutatieType = schema.getMutationType();
  if (!mutatieType) throw new Error('Het schema heeft geen mutaties');
  const enumWaarden = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) => t.getValues().map((v) => v.name));
  return Object.values(mutatieType.getFields()).map((veld) => {
    const ctx: Context = { netjes: false, schema, pool, mutatie: veld.name, enumWaarden };
    const query = document(veld);
    const variabelen = fc.oneof(
      { weight: 2, arbitrary: objectArbZonderExtra(veld.args, ctx) },
      { weight: 1, arbitrary: objectArbZonderExtra(veld.args, { ...ctx, netjes: true }) },
    );
    return {
      naam: veld.name,
      arbitrary: variabelen.map((variables) => ({ mutatie: veld.name, query, variables })),
    };
  });
}

function objectArbZonderExtra(
  args: readonly GraphQLArgument[],
  ctx: Context,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(Object.fromEntries(args.map((a) => [a.name, waardeArb(a.type, a.name, ctx, 0)])))
    .map((waarde) => Object.fromEntries(Object.entries(waarde).filter(([, v]) => v !== undefined)));
}

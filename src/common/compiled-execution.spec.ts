import { unwrapResolverError } from '@apollo/server/errors';
import {
  execute,
  getOperationAST,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  parse,
  type ExecutionResult,
} from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { compiledExecutor, withoutPropertyResolvers } from './compiled-execution';

/** What NestJS puts on every field of an @ObjectType: read the property, or the default. */
function nestResolver(property: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>): unknown => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

const Soort = new GraphQLEnumType({
  name: 'Soort',
  values: { GEMEENTE: { value: 'gemeente' }, CORPORATIE: { value: 'corporatie' } },
});
const Partij = new GraphQLObjectType({
  name: 'Partij',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID), resolve: nestResolver('id') },
    naam: { type: new GraphQLNonNull(GraphQLString), resolve: nestResolver('naam') },
    soort: { type: new GraphQLNonNull(Soort), resolve: nestResolver('soort') },
    // Renamed in the schema, and one with a default: these keep their resolvers.
    regio: { type: GraphQLString, resolve: nestResolver('regioNaam') },
    rang: { type: GraphQLInt, resolve: nestResolver('rang', 7) },
  },
});
const Tekst = new GraphQLObjectType({
  name: 'Tekst',
  fields: { tekst: { type: GraphQLString, resolve: nestResolver('tekst') } },
});
const Details = new GraphQLUnionType({
  name: 'Details',
  types: [Partij, Tekst],
  resolveType: (value: { tekst?: string }) => (value.tekst === undefined ? 'Partij' : 'Tekst'),
});

const partijen = [
  { id: 'p1', naam: 'Gemeente Vlietdam', soort: 'gemeente', regioNaam: 'Delta' },
  { id: 'p2', naam: 'Woonstichting De Vliet', soort: 'corporatie', rang: 2 },
];
const volgorde: string[] = [];

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      partijen: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Partij))),
        args: { soort: { type: Soort } },
        resolve: (_root, args: { soort?: string }) =>
          Promise.resolve(partijen.filter((p) => !args.soort || p.soort === args.soort)),
      },
      partij: {
        type: new GraphQLNonNull(Partij),
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_root, args: { id: string }) => {
          const partij = partijen.find((p) => p.id === args.id);
          if (!partij) throw new AppError(ErrorCode.NOT_FOUND, `Partij ${args.id} bestaat niet`);
          return partij;
        },
      },
      details: {
        type: new GraphQLList(Details),
        resolve: () => [partijen[0], { tekst: 'Uitgangspunt' }],
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      stap: {
        type: GraphQLString,
        args: { naam: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: async (_root, args: { naam: string }) => {
          await new Promise((resolve) => setTimeout(resolve, args.naam === 'eerst' ? 20 : 0));
          volgorde.push(args.naam);
          return args.naam;
        },
      },
    },
  }),
});
withoutPropertyResolvers(schema);
const executor = compiledExecutor(schema);

/** Runs a request the way Apollo hands it to a gateway executor. */
async function run(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult> {
  const document = parse(query);
  const operation = getOperationAST(document) ?? undefined;
  const request = {
    request: { query, variables },
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    context: {},
  };
  return executor(request as unknown as Parameters<typeof executor>[0]);
}

const byGraphqlJs = (query: string, variables?: Record<string, unknown>) =>
  execute({ schema, document: parse(query), variableValues: variables, contextValue: {} });

describe('compiled execution', () => {
  it('removes only the resolvers that read the property of the same name', () => {
    const fields = Partij.getFields();
    expect(fields.id!.resolve).toBeUndefined();
    expect(fields.soort!.resolve).toBeUndefined();
    expect(fields.regio!.resolve).toBeDefined();
    expect(fields.rang!.resolve).toBeDefined();
    expect(schema.getQueryType()!.getFields().partijen!.resolve).toBeDefined();
  });

  it('answers exactly as graphql-js: enums, renamed and defaulted fields, unions, arguments', async () => {
    const query = `query Q($soort: Soort) {
      partijen(soort: $soort) { id naam soort regio rang }
      alle: partijen { __typename id }
      details { __typename ... on Partij { naam } ... on Tekst { tekst } }
    }`;
    for (const variables of [{}, { soort: 'CORPORATIE' }]) {
      const compiled = await run(query, variables);
      expect(compiled).toEqual(await byGraphqlJs(query, variables));
      expect(JSON.stringify(compiled)).toEqual(JSON.stringify(await byGraphqlJs(query, variables)));
    }
    expect((await run(query, {})).data).toMatchObject({
      partijen: [
        { naam: 'Gemeente Vlietdam', soort: 'GEMEENTE', regio: 'Delta', rang: 7 },
        { soort: 'CORPORATIE', regio: null, rang: 2 },
      ],
    });
  });

  it('keeps the thrown error, its path and location for error formatting', async () => {
    const result = await run(`{ partij(id: "p9") { naam } }`);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!;
    expect(error.path).toEqual(['partij']);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error.message).toBe('Partij p9 bestaat niet');
    const original = unwrapResolverError(error);
    expect(original).toBeInstanceOf(AppError);
    expect((original as AppError).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses bad variables with graphql-js’s own errors', async () => {
    const query = `query Q($soort: Soort, $id: ID!) { partijen(soort: $soort) { id } partij(id: $id) { id } }`;
    const variables = { soort: 'STICHTING' };
    const compiled = await run(query, variables);
    const reference = await byGraphqlJs(query, variables);
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors!.map((e) => e.message)).toEqual(reference.errors!.map((e) => e.message));
    expect(compiled.errors![0]!.nodes).toBeDefined();
  });

  it('runs mutations one after the other, in document order', async () => {
    volgorde.length = 0;
    const result = await run(`mutation { a: stap(naam: "eerst") b: stap(naam: "daarna") }`);
    expect(result).toEqual({ data: { a: 'eerst', b: 'daarna' } });
    expect(volgorde).toEqual(['eerst', 'daarna']);
  });
});

import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getNullableType,
  getOperationAST,
  GraphQLError,
  getVariableValues,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './app-error';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Lexical tokens in one document; the largest screen's query has about 240. */
export const MAX_TOKENS = 2000;

/**
 * Generous for every screen (the whole agreement with all its nesting costs about a third of the
 * limit), far too little for a query that walks the graph's cycles (afspraak → overeenkomst →
 * afspraken → …) to multiply its answer, or that repeats an expensive field under many aliases.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 200_000 };

/** A list multiplies the cost of what is selected inside it. */
const LIST_FACTOR = 10;
/**
 * A root field is at least one round trip to the database that nothing shares with its
 * neighbours (about 15 ms for a page of overeenkomsten): at most 19 of them fit in one request,
 * however they are aliased.
 */
const ROOT_FIELD_COST = 10_000;
/** A field with a resolver of its own does work (a batched query, a computation). */
const RESOLVER_COST = 200;
/** A field that only reads a property of its parent. */
const PROPERTY_COST = 1;

/**
 * Every selection counts, so the same field under a thousand aliases costs a thousand times.
 * Introspection's fields (`__typename`, which urql adds to every selection, `__type`, …) cost
 * as properties: they read the schema.
 */
function estimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  return ({ type, field, childComplexity }) => {
    const own =
      type.name.startsWith('__') || field.name.startsWith('__')
        ? PROPERTY_COST
        : roots.has(type as GraphQLObjectType)
          ? ROOT_FIELD_COST
          : field.resolve
            ? RESOLVER_COST
            : PROPERTY_COST;
    return own + childComplexity * (isListType(getNullableType(field.type)) ? LIST_FACTOR : 1);
  };
}

export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const depth = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        max = Math.max(max, selection.selectionSet ? 1 + depth(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depth(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        max = Math.max(
          max,
          depth(
            fragments.get(selection.name.value)?.selectionSet,
            new Set([...seen, selection.name.value]),
          ),
        );
      }
    }
    return max;
  };
  const operation = getOperationAST(document, operationName);
  return operation ? depth(operation.selectionSet, new Set()) : 0;
}

/** Whether a document has directives (@skip, @include), whose arguments may be variables. */
function heeftRichtlijnen(document: DocumentNode): boolean {
  let gevonden = false;
  visit(document, {
    Directive() {
      gevonden = true;
    },
  });
  return gevonden;
}

/** The depth and cost of one operation of a document; the cost is undefined when unknown. */
interface Gewicht {
  diepte: number;
  /** Fields at the operation's root, each at least one round trip to the database. */
  rootvelden: number;
  /** Known once computed for a document whose cost does not depend on its variables. */
  kosten?: number;
}

/**
 * Whether the variables fit the operation's definitions. One fault answers the question.
 * Unbounded, a 650 KB input full of faults made a GraphQLError (with its stack trace) per fault:
 * 13 s of one core for a single request. The estimator would do the same, so it only runs on
 * variables that fit.
 */
function passendeVariabelen(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): boolean {
  return !getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  }).errors;
}

/**
 * Refuses, before anything runs, a query that is too deep or would cost too much to answer.
 * Both follow from the document alone (the estimator ignores arguments), except through
 * @skip/@include; so for a document without directives they are computed once and kept for as
 * long as Apollo keeps the parsed document.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  const gewichten = new WeakMap<DocumentNode, Map<string, Gewicht>>();

  const kostenVan = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
    variables: Record<string, unknown> | undefined,
  ): number | undefined => {
    // Variables that do not fit the schema: execution refuses them with its own message.
    if (!passendeVariabelen(schema, operation, variables)) return undefined;
    try {
      return getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables,
        estimators: [estimator(schema)],
      });
    } catch {
      return undefined;
    }
  };

  return {
    requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, operation, operationName }) {
          if (!operation) {
            throw new GraphQLError(
              request.operationName
                ? `de aanvraag heeft geen operatie met de naam "${request.operationName}"`
                : 'de aanvraag heeft meer dan één operatie; kies er een met operationName',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
          let perOperatie = gewichten.get(document);
          if (!perOperatie) gewichten.set(document, (perOperatie = new Map<string, Gewicht>()));
          let gewicht = perOperatie.get(operationName ?? '');
          if (!gewicht) {
            gewicht = {
              diepte: queryDepth(document, operationName),
              rootvelden: rootvelden(document, operation),
            };
            perOperatie.set(operationName ?? '', gewicht);
          }
          if (gewicht.diepte > limits.maxDepth) {
            throw teZwaar(
              `De aanvraag is ${gewicht.diepte} niveaus diep; het maximum is ${limits.maxDepth}. Vraag minder geneste gegevens op.`,
            );
          }
          // The root alone may exceed the limit: then the whole estimate need not be made.
          const ondergrens = gewicht.rootvelden * ROOT_FIELD_COST;
          if (ondergrens > limits.maxCost) {
            throw teZwaar(
              `De aanvraag is te zwaar (geschatte kosten ${ondergrens}, maximum ${limits.maxCost}). Vraag minder velden tegelijk op.`,
            );
          }
          let kosten = gewicht.kosten;
          if (kosten === undefined) {
            kosten = kostenVan(schema, document, operation, operationName, request.variables);
            if (kosten === undefined) return Promise.resolve();
            if (!heeftRichtlijnen(document)) gewicht.kosten = kosten;
          } else if (
            kosten > limits.maxCost &&
            !passendeVariabelen(schema, operation, request.variables)
          ) {
            // As when computed afresh: unusable variables are left to execution to refuse.
            return Promise.resolve();
          }
          if (kosten > limits.maxCost) {
            throw teZwaar(
              `De aanvraag is te zwaar (geschatte kosten ${kosten}, maximum ${limits.maxCost}). Vraag minder geneste lijsten op.`,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The answer to a document longer than {@link MAX_TOKENS}: graphql-js stops parsing
 * it (Apollo's `parseOptions.maxTokens`) and reports a syntax error, which this turns into the
 * limit it is. Parsing and validating a document cost time in proportion to its length, before
 * any limit on what it asks can be checked; a thousand aliases took a third of a second.
 */
export function teLangeAanvraag(message: string): { code: ErrorCode; message: string } | null {
  // graphql-js 16 writes "more that"; a later version may correct it.
  const match = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  if (!match) return null;
  return {
    code: ErrorCode.TE_ZWARE_AANVRAAG,
    message: `De aanvraag is te lang (meer dan ${match[1]} namen, haakjes en waarden). Vraag minder velden tegelijk op.`,
  };
}

/** A limit refuses the request as it was sent: the client's fault (Apollo's default is 500). */
function teZwaar(message: string): AppError {
  const error = new AppError(ErrorCode.TE_ZWARE_AANVRAAG, message);
  error.extensions.http = { status: 400 };
  return error;
}

/**
 * How many fields an operation asks at its root, through fragments, aliases and repetitions
 * included: each costs at least {@link ROOT_FIELD_COST}. Counted without the schema, so it can
 * run before validation; a fragment is counted once however often it is spread.
 */
export function rootvelden(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const perFragment = new Map<string, number>();
  const tel = (set: SelectionSetNode | undefined): number => {
    let aantal = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') aantal += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        aantal += tel(selection.selectionSet);
      } else {
        const naam = selection.name.value;
        if (!perFragment.has(naam)) {
          perFragment.set(naam, 0); // a fragment that spreads itself counts nothing more
          perFragment.set(naam, tel(fragments.get(naam)?.selectionSet));
        }
        aantal += perFragment.get(naam)!;
      }
    }
    return aantal;
  };
  return tel(operation.selectionSet);
}

import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getNullableType,
  getVariableValues,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './app-error';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/**
 * Generous for every screen (the whole agreement with all its nesting costs about 4% of the
 * limit), far too little for a query that walks the graph's cycles (afspraak → overeenkomst →
 * afspraken → …) to multiply its answer.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 200_000 };

/** A list multiplies the cost of what is selected inside it; every field costs one. */
const LIST_FACTOR = 10;
const listAware: ComplexityEstimator = ({ field, childComplexity }) =>
  1 + childComplexity * (isListType(getNullableType(field.type)) ? LIST_FACTOR : 1);

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
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
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
  /** Known once computed for a document whose cost does not depend on its variables. */
  kosten?: number;
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
    operationName: string | null,
    variables: Record<string, unknown> | undefined,
  ): number | undefined => {
    try {
      return getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables,
        estimators: [listAware],
      });
    } catch {
      // Variables that do not fit the schema: execution refuses them with its own message.
      return undefined;
    }
  };

  const passendeVariabelen = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
    variables: Record<string, unknown> | undefined,
  ): boolean => {
    const operation = document.definitions.find(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
    );
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return false;
    return !getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors;
  };

  return {
    requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, operationName }) {
          let perOperatie = gewichten.get(document);
          if (!perOperatie) gewichten.set(document, (perOperatie = new Map<string, Gewicht>()));
          let gewicht = perOperatie.get(operationName ?? '');
          if (!gewicht) {
            gewicht = { diepte: queryDepth(document, operationName) };
            perOperatie.set(operationName ?? '', gewicht);
          }
          if (gewicht.diepte > limits.maxDepth) {
            throw new AppError(
              ErrorCode.TE_ZWARE_AANVRAAG,
              `De aanvraag is ${gewicht.diepte} niveaus diep; het maximum is ${limits.maxDepth}. Vraag minder geneste gegevens op.`,
            );
          }
          let kosten = gewicht.kosten;
          if (kosten === undefined) {
            kosten = kostenVan(schema, document, operationName, request.variables);
            if (kosten === undefined) return Promise.resolve();
            if (!heeftRichtlijnen(document)) gewicht.kosten = kosten;
          } else if (
            kosten > limits.maxCost &&
            !passendeVariabelen(schema, document, operationName, request.variables)
          ) {
            // As when computed afresh: unusable variables are left to execution to refuse.
            return Promise.resolve();
          }
          if (kosten > limits.maxCost) {
            throw new AppError(
              ErrorCode.TE_ZWARE_AANVRAAG,
              `De aanvraag is te zwaar (geschatte kosten ${kosten}, maximum ${limits.maxCost}). Vraag minder geneste lijsten op.`,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

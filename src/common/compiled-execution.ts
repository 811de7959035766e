import { channel } from 'node:diagnostics_channel';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import {
  execute,
  getVariableValues,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  isObjectType,
  OperationTypeNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What {@link UITVOERING_KANAAL} reports for each operation. */
export interface Uitvoering {
  operationName: string | undefined;
  /** True when graphql-jit ran it; false when graphql-js did (mutations, declined queries). */
  gecompileerd: boolean;
}

/**
 * A diagnostics channel on which each execution says which way it went, so a test against the
 * real app notices when the agreement query silently falls back to graphql-js. Publishing costs
 * nothing while no one subscribes.
 */
export const UITVOERING_KANAAL = 'driehoek:graphql-uitvoering';
const uitvoering = channel(UITVOERING_KANAAL);
const meld = (operationName: string | undefined, gecompileerd: boolean) => {
  if (uitvoering.hasSubscribers) {
    const bericht: Uitvoering = { operationName, gecompileerd };
    uitvoering.publish(bericht);
  }
};

/**
 * Queries are executed by graphql-jit: each query document is compiled once into a JavaScript
 * function (cached for as long as Apollo keeps the parsed document) that walks the answer without
 * graphql-js's per-field bookkeeping. Loading a whole agreement resolves some 15 000 fields, and
 * that bookkeeping was most of the time spent in GraphQL.
 *
 * Everything around execution stays Apollo's: parsing, validation, the query limits plugin,
 * context, error formatting. Variables are checked by graphql-js first, so a bad variable is
 * refused with exactly the message and code it had. Mutations run on graphql-js (one field after
 * the other, as the spec requires; they are rarely repeated, so compiling them gains nothing),
 * and so does anything the compiler declines. Subscriptions do not pass through here at all.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let perOperation = compiled.get(document);
    if (!perOperation) compiled.set(document, (perOperation = new Map<string, CompiledQuery>()));
    const key = operationName ?? '';
    let query = perOperation.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName, {
        // Serialising each leaf (enums, scalars) as graphql-js does keeps answers identical.
        disableLeafSerialization: false,
      });
      if (!isCompiledQuery(result)) return undefined;
      query = result;
      perOperation.set(key, query);
    }
    return query;
  };

  return async (request): Promise<ExecutionResult> => {
    const { document, operation, context } = request;
    const variables = request.request.variables ?? {};
    const operationName = request.operationName ?? request.request.operationName ?? undefined;
    const byGraphqlJs = () => {
      meld(operationName, false);
      return execute({
        schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName,
      });
    };
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return byGraphqlJs();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compile(document, operationName);
    if (!query) return byGraphqlJs();
    meld(operationName, true);
    return query.query(undefined, context, variables);
  };
}

/**
 * NestJS gives every field of an @ObjectType a resolver that only reads the property of the same
 * name (`rootFieldResolver`). Such a field behaves exactly like one without a resolver, but a
 * compiled query must call a function, with resolve info, for each of them instead of reading
 * the property inline. Those resolvers are removed; a resolver is only recognised as one when a
 * trial call shows that it reads that one property and nothing else (a field renamed with
 * `name`, one with a `defaultValue` or with field middleware keeps its resolver). The name is
 * NestJS's own, not a promise: test/compiled-execution.e2e-spec.ts fails when it changes.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || resolve.name !== 'rootFieldResolver') continue;
      const read: PropertyKey[] = [];
      const root = new Proxy({}, { get: (_, key) => (read.push(key), undefined) });
      const value: unknown = resolve(root, {}, undefined, undefined as never);
      if (value === undefined && read.length === 1 && read[0] === field.name) {
        field.resolve = undefined;
      }
    }
  }
  return schema;
}

/** A stand-in gateway: Apollo's documented way to run its pipeline with another executor. */
export function compiledGateway(schema: GraphQLSchema): Gateway {
  return {
    load: () => Promise.resolve({ executor: compiledExecutor(schema) }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}

/** The Apollo driver with queries executed by {@link compiledExecutor}. */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async registerServer(options: ApolloDriverConfig): Promise<void> {
    // ApolloDriverConfig leaves `gateway` out of its type; the driver passes it on to Apollo.
    const withGateway: ApolloDriverConfig & { gateway: Gateway } = {
      ...options,
      gateway: compiledGateway(withoutPropertyResolvers(options.schema!)),
    };
    await super.registerServer(withGateway);
  }
}

import { GraphQLID, GraphQLScalarType, type ValueNode } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid is case-insensitive; the database answers it in lower case, and so do we. */
function genormaliseerd(id: string): string {
  return UUID.test(id) ? id.toLowerCase() : id;
}

/**
 * GraphQL's ID, except that a uuid arrives in lower case. PostgreSQL takes "85A5…" for "85a5…",
 * so a guard or service that compares an argument with ids it read in JavaScript would
 * otherwise miss a row the database found. Normalised here, every argument of every operation
 * (variables and literals, queries, mutations and subscriptions) is the same id the database
 * returns. It keeps the name ID, so the schema and its clients see no difference.
 */
export const ID = new GraphQLScalarType<string, string>({
  ...GraphQLID.toConfig(),
  parseValue: (waarde: unknown) => genormaliseerd(GraphQLID.parseValue(waarde)),
  parseLiteral: (node: ValueNode, variabelen?: Record<string, unknown> | null) =>
    genormaliseerd(GraphQLID.parseLiteral(node, variabelen)),
});

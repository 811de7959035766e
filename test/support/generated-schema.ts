import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '../../src/resolvers';

/** The schema as the code defines it, printed the way schema.gql is committed. */
export async function printGeneratedSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create([...RESOLVERS]);
  await app.close();
  return `# Gegenereerd door npm run schema:write uit de code; niet met de hand wijzigen.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

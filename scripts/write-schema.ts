/*
 * Writes schema.gql from the code-first GraphQL types: `npm run schema:write`.
 * The committed file is the API contract; test/schema.e2e-spec.ts fails when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGeneratedSchema } from '../test/support/generated-schema';

printGeneratedSchema()
  .then((sdl) => {
    writeFileSync(join(__dirname, '..', 'schema.gql'), sdl);
    console.log('schema.gql bijgewerkt');
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

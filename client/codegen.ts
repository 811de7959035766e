import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation in the client, from the committed API contract (`npm run codegen`). */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;

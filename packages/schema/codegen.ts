// Generates the typed operations of the board from the SDL the API emits (checked in).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));

const config: CodegenConfig = {
  schema: path.join(here, 'schema.graphql'),
  documents: [path.join(here, 'src/operations/**/*.ts')],
  ignoreNoDocuments: false,
  generates: {
    [path.join(here, 'src/generated/')]: {
      preset: 'client',
      presetConfig: {
        // The board reads whole results; masking would only add unwrapping calls.
        fragmentMasking: false,
        // The board's trusted documents: persisted-documents.json maps each operation's SHA-256 to its
        // text (the API loads it), and each document carries its hash (`__meta__.hash`), which the board
        // sends as `extensions.persistedQuery` instead of the text.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;

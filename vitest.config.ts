import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url + '/../apps/api/');

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies; Node loads the CJS one for type-graphql,
    // so our own modules must get the same copy or `instanceof GraphQLScalarType` fails.
    alias: {
      graphql: require.resolve('graphql'),
      // Tests import their helpers as `@support/server.js`, wherever they sit (tsconfig `paths` too).
      '@support': fileURLToPath(new URL('./tests/support', import.meta.url)),
    },
  },
  test: {
    // scripts/check-test-exit.mjs runs its fixtures through this same configuration.
    include: process.env.RELAIS_HARNESS_FIXTURE
      ? [process.env.RELAIS_HARNESS_FIXTURE]
      : ['apps/api/src/**/*.test.ts', 'packages/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel, each on a database of its own.
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});

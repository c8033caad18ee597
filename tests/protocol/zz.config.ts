import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
const fromApi = createRequire(new URL('../../apps/api/package.json', import.meta.url));
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { alias: [{ find: /^graphql$/, replacement: fromApi.resolve('graphql') }] },
  test: {
    include: ['tests/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});

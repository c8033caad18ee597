// Unit tests of the board's composables and client (node, no browser): `pnpm --filter @relais/board test`.
// The browser test of the whole board lives in tests/board/ and runs from the repository root.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scripts/check-test-exit.mjs runs its fixture through this same configuration.
    include: process.env.RELAIS_HARNESS_FIXTURE ? [process.env.RELAIS_HARNESS_FIXTURE] : ['src/**/*.test.ts'],
    environment: 'node',
  },
});

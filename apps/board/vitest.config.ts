// Unit tests of the board's composables and client (node, no browser): `pnpm --filter @relais/board test`.
// The browser test of the whole board lives in tests/board/ and runs from the repository root.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

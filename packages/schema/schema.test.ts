// The checked-in SDL must be what the resolvers emit: run `pnpm schema:emit` after changing the API.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSdl, sdlPath } from '../../apps/api/src/composition/emit-schema.js';

describe('packages/schema', () => {
  it('schema.graphql is the SDL emitted by the type-graphql resolvers (not stale)', async () => {
    const checkedIn = fs.readFileSync(sdlPath, 'utf8');
    const emitted = await currentSdl();
    expect(checkedIn, 'packages/schema/schema.graphql is stale: run `pnpm schema:emit`').toBe(emitted);
  });
});

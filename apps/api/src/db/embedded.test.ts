// As root the embedded PostgreSQL runs as the `postgres` user: from a folder that user cannot enter
// it must stop with a sentence saying what to do, not initdb's bare EACCES.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';

// Only root hands the cluster to another user; other users run it as themselves.
describe.runIf(os.userInfo().uid === 0)('the embedded PostgreSQL as root', () => {
  it('stops with a sentence when its data folder is inside a folder others cannot enter', async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-private-'));
    fs.chmodSync(closed, 0o700);
    try {
      await expect(startEmbeddedPostgres(path.join(closed, 'checkout', '.data', 'pg'), 54_999)).rejects.toThrow(
        new RegExp(`cannot enter ${closed} on the way to the data folder.*Set DATABASE_URL`),
      );
      expect(fs.existsSync(path.join(closed, 'checkout', '.data', 'pg'))).toBe(false);
    } finally {
      fs.rmSync(closed, { recursive: true, force: true });
    }
  });
});

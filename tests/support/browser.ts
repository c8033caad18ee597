// What every browser test starts from: Debian's Chromium, headless, and whether the board is built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../apps/api/src/config.js';
import { startTestServer, type TestServer } from './server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const boardBuilt = existsSync(path.join(projectRoot, 'apps/board/dist/index.html'));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/**
 * The usual browser suite: a seeded test server at `now` and Chromium, started before the suite's
 * tests (refusing to run on an unbuilt board) and closed after. Read its fields inside the tests.
 */
export function boardSuite(now: Date): { server: TestServer; browser: Browser } {
  const suite = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
    suite.server = await startTestServer({ now, seed: true });
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

// Stale data looks stale (issue 11): when the wall screen loses the API, every panel dims and says how
// old its data is; the client keeps retrying and catches up by itself when the link is back.
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

import { CHROMIUM, boardBuilt, launchChromium } from '@support/browser.js';
const CLOCKS = { 'a weekday daytime (Wednesday 10:00)': new Date('2026-03-04T09:00:00.000Z') };

let server: TestServer;
let browser: Browser;
let kiosk: string;

describe.skipIf(!existsSync(CHROMIUM))('the wall screen when the link is lost (browser)', () => {
  beforeAll(async () => {
    if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
    server = await startTestServer({ now: CLOCKS['a weekday daytime (Wednesday 10:00)'], seed: true });
    kiosk = server.demo!.kioskToken;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('when the link is lost, the panels dim and say how old their data is; back online, they catch up', { timeout: 90_000 }, async () => {
    // The link runs through the test: cut, every request and (re)connection of the socket fails.
    let cut = false;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const sockets: { close: (o?: { code?: number; reason?: string }) => Promise<void> }[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (cut) return void ws.close({ code: 1011, reason: 'link cut by the test' });
      ws.connectToServer();
      sockets.push(ws);
    });
    await page.route('**/graphql', (route) => (cut ? route.abort('internetdisconnected') : route.continue()));
    try {
      const at = CLOCKS['a weekday daytime (Wednesday 10:00)'];
      server.clock.now = at;
      await page.clock.install({ time: at });
      await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
      await page.locator('[data-testid="sector"]').nth(6).waitFor();
      await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
      expect(await page.locator('[data-testid="wall"]').getAttribute('data-stale')).toBe('false');

      cut = true;
      for (const ws of sockets) await ws.close({ code: 1011, reason: 'link cut by the test' });
      await page.clock.fastForward(11_000);
      await page.locator('[data-testid="wall"][data-stale="true"]').waitFor({ timeout: 5_000 });
      await page.clock.fastForward(3 * 60_000);
      await expect.poll(() => page.locator('[data-testid="stale"]').first().textContent()).toMatch(/il y a 3 min/);
      const notes = await page.locator('[data-testid="stale"]').allTextContents();
      expect(notes.length).toBe(5);
      for (const note of notes) expect(note.trim()).toMatch(/^dernière mise à jour il y a 3 min$/);
      // Dimmed: the permanence panel's content is drawn at part opacity.
      expect(await page.locator('[data-panel="service"] > .on-call').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);

      // Back: the client kept retrying (with back-off, for ever) and reconnects by itself, no reload.
      cut = false;
      for (let i = 0; i < 10 && (await page.locator('[data-testid="connection"]').getAttribute('data-status')) !== 'connected'; i++) {
        await page.clock.fastForward(5_000);
        await page.waitForTimeout(300);
      }
      await page.locator('[data-testid="wall"][data-stale="false"]').waitFor({ timeout: 5_000 });
      expect(await page.locator('[data-testid="stale"]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

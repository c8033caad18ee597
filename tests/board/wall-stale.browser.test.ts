// Stale data looks stale (issue 11): when the API goes down, the wall keeps its last data, desaturated
// (contrast kept), under one banner "Connexion perdue — dernière mise à jour il y a N min", never a raw
// error, with the same layout and pages; the client keeps retrying and, once the API is back, catches
// up by itself (here: an alert acknowledged at a desk meanwhile shows on the wall).
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';
import { CHROMIUM, boardSuite } from '@support/browser.js';
import { axeViolations, layoutFaults } from '@support/wall-checks.js';

const AT = new Date('2026-03-04T09:00:00.000Z'); // a Wednesday, 10:00 in Brussels

let server: TestServer;
let browser: Browser;
let kiosk: string;

/** What a list shows as pages ("1/3"): the page count of every paged panel. */
const pageCounts = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-panel]')].map((p) => [p.getAttribute('data-panel'), [...p.querySelectorAll('[data-testid="pager"]')].map((e) => e.getAttribute('data-pages')).join(',')])));

describe.skipIf(!existsSync(CHROMIUM))('the wall screen when the API is down (browser)', () => {
  const suite = boardSuite(AT);
  beforeAll(() => {
    ({ server, browser } = suite);
    kiosk = server.demo!.kioskToken;
  });

  it('server stopped: last data kept, one banner, no raw error, contrast and layout kept; restarted: it catches up', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    try {
      server.clock.now = AT;
      await page.clock.install({ time: AT });
      await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
      await page.locator('[data-testid="sector"]').nth(6).waitFor();
      await page.locator('[data-testid="schedule-conflict"]').first().waitFor();
      await page.locator('[data-testid="schedule-change"]').first().waitFor();
      await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
      expect(await page.locator('[data-testid="wall"]').getAttribute('data-stale')).toBe('false');
      const pagesBefore = await pageCounts(page);
      const alertsBefore = await page.locator('[data-testid="alerts-count"]').getAttribute('data-count');

      await server.stop();
      await page.clock.fastForward(11_000);
      await page.locator('[data-testid="wall"][data-stale="true"]').waitFor({ timeout: 10_000 });
      // In the first minute: "moins d'une minute", never "à l'instant".
      expect((await page.locator('[data-testid="stale"]').allTextContents()).map((t) => t.trim())).toEqual(["Connexion perdue — dernière mise à jour il y a moins d’une minute"]);
      await page.clock.fastForward(3 * 60_000);
      await expect.poll(async () => (await page.locator('[data-testid="stale"]').allTextContents()).map((t) => t.trim())).toEqual(['Connexion perdue — dernière mise à jour il y a 3 min']);

      // The last data stays, with no raw error anywhere on the wall.
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/\[Network\]|Failed to fetch|fetch|Error|indisponibles/i);
      expect(await page.locator('[data-testid="sector"]').count()).toBe(7);
      expect(await page.locator('[data-testid="alerts-count"]').getAttribute('data-count')).toBe(alertsBefore);
      expect(await page.locator('[data-testid="alert-message"]').count()).toBeGreaterThan(0);
      // Desaturated, not faded: no opacity on the panels' text, and axe finds every contrast at 4.5:1 or more.
      const look = await page.locator('.wall').evaluate((el) => ({ filter: getComputedStyle(el).filter, opacity: getComputedStyle(el.querySelector('.on-call')!).opacity }));
      expect(look).toEqual({ filter: 'grayscale(1)', opacity: '1' });
      const contrast = await axeViolations(page, ['color-contrast']);
      expect(contrast, contrast.join('\n')).toEqual([]);
      // The same layout: every panel inside the screen, nothing clipped, the same pages as before.
      const faults = await layoutFaults(page, 18);
      expect(faults, faults.join('\n')).toEqual([]);
      expect(await pageCounts(page)).toEqual(pagesBefore);
      await page.clock.fastForward(10_000);
      expect(await pageCounts(page)).toEqual(pagesBefore);

      // Back: meanwhile the telephonist takes on the critical alert at her desk; the wall catches up.
      await server.restart();
      const phone = await server.login('fatima.ouali@relais.test');
      const open = await server.gql<{ alerts: { edges: { node: { id: string; severity: string } }[] } }>('{ alerts(status: OPEN, first: 50) { edges { node { id severity } } } }', {}, phone);
      const critical = open.data!.alerts.edges.find((e) => e.node.severity === 'CRITICAL')!.node;
      const ack = await server.gql('mutation ($input: AlertAcknowledgeInput!) { alertAcknowledge(input: $input) { userErrors { code } } }', { input: { alertId: critical.id, note: null } }, phone);
      expect(ack.data?.alertAcknowledge.userErrors).toEqual([]);
      for (let i = 0; i < 12 && (await page.locator('[data-testid="connection"]').getAttribute('data-status')) !== 'connected'; i++) {
        await page.clock.fastForward(5_000);
        await page.waitForTimeout(300);
      }
      await page.locator('[data-testid="wall"][data-stale="false"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid="stale"]').count()).toBe(0);
      await expect.poll(() => page.locator('[data-severity="CRITICAL"] [data-testid="alert-ack"]').first().textContent(), { timeout: 10_000 }).toMatch(/^\s*Prise en charge par Fatima Ouali, mer\. 4 mars, 10:00\s*$/);
    } finally {
      await page.close();
    }
  });
});

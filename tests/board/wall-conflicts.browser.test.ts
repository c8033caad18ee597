// The wall's conflicts box shows as many conflicts as fit, not one a page: on the demo (its open
// conflicts) at 1280×720, 1920×1080 and 3840×2160, by day and at night (when the sector cards say
// more and leave the box less room), a page holds at least two, all of them inside the box.
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// A Wednesday, 10:00 in Brussels: the demo's conflicts of the day are open.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const CLOCKS = {
  'by day (Wednesday 10:00)': NOW,
  // Every sector calls direction, with the next shift's name: the tallest cards, the least room.
  'at night (Wednesday 22:00)': new Date('2026-03-04T21:00:00.000Z'),
};

describe.skipIf(!existsSync(CHROMIUM))('the wall conflicts box (browser)', { timeout: 90_000 }, () => {
  const suite = boardSuite(NOW);
  let server: TestServer;
  let browser: Browser;
  beforeAll(() => {
    ({ server, browser } = suite);
  });

  for (const [when, at] of Object.entries(CLOCKS)) {
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
      [3840, 2160],
    ] as const) {
      it(`${width}×${height}, ${when}: a page of conflicts holds at least two, each whole inside the box`, async () => {
        server.clock.now = at;
        const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
        const page = await context.newPage();
        await page.clock.install({ time: at });
        await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken!)}`);
        const box = page.locator('[data-panel="conflicts"]');
        await box.locator('[data-testid="schedule-conflict"]').first().waitFor();
        await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
        await page.waitForTimeout(500);
        const open = Number((await box.locator('.alerts__count').textContent())?.match(/\d+/)?.[0] ?? 0);
        expect(open).toBeGreaterThan(2);
        const list = box.locator('.paged__list');
        const inside = await list.evaluate((el) => {
          const room = el.getBoundingClientRect();
          return [...el.querySelectorAll('[data-testid="schedule-conflict"]')].map((c) => {
            const r = c.getBoundingClientRect();
            return r.top >= room.top - 1 && r.bottom <= room.bottom + 1;
          });
        });
        expect(inside.length).toBeGreaterThanOrEqual(2);
        expect(inside.every(Boolean)).toBe(true);
        await context.close();
      });
    }
  }

  it('390×844 (a phone): no pages, every conflict listed one under the other and the page scrolls instead', async () => {
    server.clock.now = CLOCKS['at night (Wednesday 22:00)'];
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: server.clock.now });
    await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken!)}`);
    const box = page.locator('[data-panel="conflicts"]');
    await box.locator('[data-testid="schedule-conflict"]').first().waitFor();
    await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="pager"]').count()).toBe(0);
    const list = box.locator('.paged__list');
    const { shown, clipped } = await list.evaluate((el) => ({ shown: el.children.length, clipped: el.scrollHeight > el.clientHeight + 1 }));
    expect(shown).toBeGreaterThan(2);
    expect(clipped).toBe(false);
    // French elides "de" before a vowel: "l’absence d’Aminata Da Silva", never "de Aminata" (found from outside).
    const words = (await page.locator('main, body').first().textContent()) ?? '';
    expect(words).not.toMatch(/\bde [AEIOUÉÈÊÀÂÎÔ]/);
    await page.close();
  });

  it("R5: a household helper's personal care is said on the wall without its tasks (the kiosk is not given them)", async () => {
    server.clock.now = NOW;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: NOW });
    await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken!)}`);
    const care = page.locator('[data-testid="schedule-conflict"]', { hasText: 'aide ménagère (AMS)' });
    await care.first().waitFor({ state: 'attached' });
    const text = (await care.first().textContent()) ?? '';
    expect(text).toMatch(/on lui confie (des soins personnels|une visite d’aide familiale \(AF\)) de \d\d:\d\d à \d\d:\d\d/);
    expect(text).not.toMatch(/hygiène|habillage|toilettes|repas|mobilité/);
    await page.close();
  });
});

// The wall's conflicts box shows as many conflicts as fit, not one a page: on the demo (fourteen
// open conflicts) at 1920×1080 and 1280×720 a page holds at least two, all of them inside the box.
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// A Wednesday, 10:00 in Brussels: the demo's conflicts of the day are open.
const NOW = new Date('2026-03-04T09:00:00.000Z');

describe.skipIf(!existsSync(CHROMIUM))('the wall conflicts box (browser)', { timeout: 90_000 }, () => {
  const suite = boardSuite(NOW);
  let server: TestServer;
  let browser: Browser;
  beforeAll(() => {
    ({ server, browser } = suite);
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`${width}×${height}: a page of conflicts holds at least two, each whole inside the box`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
      const page = await context.newPage();
      await page.clock.install({ time: NOW });
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

  it("R5: a household helper's personal care is said on the wall without its tasks (the kiosk is not given them)", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: NOW });
    await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken!)}`);
    const care = page.locator('[data-testid="schedule-conflict"]', { hasText: 'aide ménagère (AMS)' });
    await care.first().waitFor({ state: 'attached' });
    const text = (await care.first().textContent()) ?? '';
    expect(text).toMatch(/on lui confie (des soins personnels|une visite d'aide familiale \(AF\)) de \d\d:\d\d à \d\d:\d\d/);
    expect(text).not.toMatch(/hygiène|habillage|toilettes|repas|mobilité/);
    await page.close();
  });
});

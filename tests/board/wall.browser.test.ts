// The wall screen as the meeting room sees it, in Chromium, on the demo: at 1280×720, 1920×1080 and
// 3840×2160, on a weekday daytime, a weekday night and a week-end, every panel lies inside the screen,
// nothing is clipped or scrolls, no text is under 18 px at 1080p (scaled at other sizes), and axe-core
// finds no WCAG A/AA violation.
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
import { PANELS, axeViolations, layoutFaults } from '@support/wall-checks.js';
// The demo is seeded around a Wednesday (4 March 2026); the clocks below are in Brussels time.
const SEEDED_AT = new Date('2026-03-04T09:00:00.000Z');
const CLOCKS = {
  'a weekday daytime (Wednesday 10:00)': new Date('2026-03-04T09:00:00.000Z'),
  'a weekday night (Wednesday 22:00)': new Date('2026-03-04T21:00:00.000Z'),
  'a week-end (Saturday 11:00)': new Date('2026-03-07T10:00:00.000Z'),
  'a public holiday (Easter Monday 10:00)': new Date('2026-04-06T08:00:00.000Z'),
};
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

let server: TestServer;
let browser: Browser;
let kiosk: string;

async function openWall(size: { width: number; height: number }, at: Date): Promise<Page> {
  server.clock.now = at;
  const page = await browser.newPage({ viewport: size, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
  await page.clock.install({ time: at });
  await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
  await page.locator('[data-testid="sector"]').nth(6).waitFor();
  await page.locator('[data-testid="quota-sector"]').nth(6).waitFor();
  await page.locator('[data-testid="shift-now"], [data-testid="shift-next"]').first().waitFor();
  await page.locator('[data-testid="schedule-conflict"], [data-testid="no-schedule-conflicts"]').first().waitFor();
  await page.locator('[data-testid="alert"], [data-testid="no-alerts"]').first().waitFor();
  await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
  return page;
}

describe.skipIf(!existsSync(CHROMIUM))('the wall screen fits any screen and stays legible (browser)', () => {
  const suite = boardSuite(SEEDED_AT);
  beforeAll(() => {
    ({ server, browser } = suite);
    kiosk = server.demo!.kioskToken;
  });

  for (const [when, at] of Object.entries(CLOCKS)) {
    for (const size of SIZES) {
      it(`${size.width}×${size.height}, ${when}: every panel on the screen, nothing clipped, no text under 18 px at 1080p, no axe violation`, async () => {
        const page = await openWall(size, at);
        try {
          const scale = Math.min(size.width / 1920, size.height / 1080);
          // The panels page their lists once laid out: wait for that (a busy machine takes a frame or two),
          // then nothing may be clipped; a panel that never fits fails after the wait.
          let faults: string[] = [];
          await expect.poll(async () => (faults = await layoutFaults(page, 18 * scale)), { timeout: 3_000 }).toEqual([]).catch(() => undefined);
          expect(faults, faults.join('\n')).toEqual([]);
          const violations = await axeViolations(page);
          expect(violations, violations.join('\n')).toEqual([]);
          // Pages turn by themselves and stay whole (the clock moves the page's timers).
          await page.clock.fastForward(10_000);
          let turned: string[] = [];
          await expect.poll(async () => (turned = await layoutFaults(page, 18 * scale)), { timeout: 3_000 }).toEqual([]).catch(() => undefined);
          expect(turned, turned.join('\n')).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('on a public holiday the on-call panel says "jour férié" with its name, and the permanence answers for every sector', async () => {
    const page = await openWall({ width: 1920, height: 1080 }, CLOCKS['a public holiday (Easter Monday 10:00)']);
    try {
      await expect.poll(() => page.locator('[data-testid="shift-now"] [data-testid="shift-holiday"]').textContent()).toBe('Jour férié : Lundi de Pâques');
      const roles = await page.locator('[data-testid="sector"] [data-testid="call-now"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
      expect(roles.length).toBe(7);
      // Offices are closed: no sector social worker answers "in office hours".
      expect(roles).not.toContain('SECTOR_SOCIAL_WORKER');
    } finally {
      await page.close();
    }
  });

  it('on a closing day of the service, and before a holiday the coming week-end says which day is one', async () => {
    // The demo's closing day: the Thursday two weeks after the week it is seeded in (19 March 2026).
    const closing = await openWall({ width: 1920, height: 1080 }, new Date('2026-03-19T09:00:00.000Z'));
    try {
      await expect.poll(() => closing.locator('[data-testid="shift-now"] [data-testid="shift-holiday"]').textContent()).toBe('Jour férié (service fermé) : Journée de service (fermeture)');
    } finally {
      await closing.close();
    }
    // Wednesday 1 April: an ordinary day; the Easter week-end ahead holds Easter Monday.
    const before = await openWall({ width: 1920, height: 1080 }, new Date('2026-04-01T08:00:00.000Z'));
    try {
      expect(await before.locator('[data-testid="shift-now"] [data-testid="shift-holiday"]').count()).toBe(0);
      await expect.poll(() => before.locator('[data-testid="shift-weekend"] [data-testid="shift-holiday"]').textContent()).toBe('Jour férié : Lundi de Pâques le lun. 6 avr.');
    } finally {
      await before.close();
    }
  });

  // Found from outside: on a phone the kiosk link was 494 px wide, today's changes beside the conflicts and
  // sector names and times cut at the right edge. A phone gets one column that scrolls down, never sideways.
  it('390×844 (a phone): one column, no sideways scroll, no panel clipped or past the right edge', async () => {
    const page = await openWall({ width: 390, height: 844 }, CLOCKS['a weekday daytime (Wednesday 10:00)']);
    try {
      await page.waitForTimeout(300);
      const seen = await page.evaluate((panels) => {
        const W = window.innerWidth;
        const faults: string[] = [];
        const width = document.scrollingElement!.scrollWidth;
        if (width > W) faults.push(`the page is ${width} px wide`);
        const lefts = new Set<number>();
        for (const name of panels) {
          const el = document.querySelector<HTMLElement>(`[data-panel="${name}"]`);
          if (!el) {
            faults.push(`${name}: missing`);
            continue;
          }
          const r = el.getBoundingClientRect();
          lefts.add(Math.round(r.left));
          if (r.left < 0 || r.right > W + 0.5) faults.push(`${name}: outside the screen (${r.left}–${r.right})`);
          for (const box of el.querySelectorAll<HTMLElement>('*')) {
            const b = box.getBoundingClientRect();
            if (b.width > 0 && (b.left < r.left - 1 || b.right > r.right + 1)) faults.push(`${name}: ${box.className || box.tagName} past the panel's edge`);
            if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') faults.push(`${name}: ${box.className || box.tagName} cut sideways`);
          }
        }
        return { faults: [...new Set(faults)], columns: lefts.size };
      }, PANELS);
      expect(seen.faults, seen.faults.join('\n')).toEqual([]);
      // One column: every panel starts at the same left edge.
      expect(seen.columns).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('says the service permanence once: sector cards answered by the permanence do not repeat its holders', async () => {
    const page = await openWall({ width: 1920, height: 1080 }, CLOCKS['a week-end (Saturday 11:00)']);
    try {
      const holders = await page.locator('[data-testid="shift-now"] [data-testid="person-name"]').allTextContents();
      expect(holders.length).toBeGreaterThan(0);
      const cards = await page.locator('[data-testid="sector"] [data-testid="call-now"]').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), text: e.textContent ?? '' })));
      const viaPermanence = cards.filter((c) => c.role === 'PERMANENCE');
      expect(viaPermanence.length).toBeGreaterThan(0);
      for (const card of viaPermanence) for (const name of holders) expect(card.text).not.toContain(name);
    } finally {
      await page.close();
    }
  });
});

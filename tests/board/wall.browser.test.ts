// The wall screen as the meeting room sees it, in Chromium, on the demo: at 1280×720, 1920×1080 and
// 3840×2160, on a weekday daytime, a weekday night and a week-end, every panel lies inside the screen,
// nothing is clipped or scrolls, no text is under 18 px at 1080p (scaled at other sizes), and axe-core
// finds no WCAG A/AA violation.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

import { CHROMIUM, boardBuilt, launchChromium } from '@support/browser.js';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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
const PANELS = ['service', 'alerts', 'sectors', 'planning', 'conflicts', 'changes'];

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

/** What the person in the room would see wrong: panels out of the screen, clipped content, small text. */
function layoutFaults(page: Page, minFontPx: number) {
  return page.evaluate(
    ({ panels, minFontPx }) => {
      const faults: string[] = [];
      const W = window.innerWidth;
      const H = window.innerHeight;
      const doc = document.documentElement;
      if (doc.scrollWidth > W || doc.scrollHeight > H) faults.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`);
      for (const name of panels) {
        const els = [...document.querySelectorAll<HTMLElement>(`[data-panel="${name}"]`)];
        if (els.length !== 1) faults.push(`${name}: ${els.length} panels`);
        for (const el of els) {
          const r = el.getBoundingClientRect();
          if (r.width < 50 || r.height < 50) faults.push(`${name}: too small to read (${r.width}×${r.height})`);
          if (r.left < 0 || r.top < 0 || r.right > W + 0.5 || r.bottom > H + 0.5) faults.push(`${name}: outside the screen (${r.left},${r.top})–(${r.right},${r.bottom})`);
          // Clipped inside a box of its own, or spilling out of the panel.
          for (const box of [el, ...el.querySelectorAll<HTMLElement>('*')]) {
            if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== 'visible') faults.push(`${name}: ${box.className} clipped (${box.scrollHeight} > ${box.clientHeight})`);
            if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') faults.push(`${name}: ${box.className} clipped sideways`);
            const b = box.getBoundingClientRect();
            if (box !== el && b.width > 0 && (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1)) {
              faults.push(`${name}: ${box.className || box.tagName} spills out of its panel`);
            }
          }
        }
      }
      // Every piece of text, panels or header, at least 18 px at 1080p.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < minFontPx - 0.05 && parent.getBoundingClientRect().width > 0) faults.push(`text "${node.textContent.trim().slice(0, 30)}" is ${size.toFixed(1)} px`);
      }
      return [...new Set(faults)];
    },
    { panels: PANELS, minFontPx },
  );
}

async function axeViolations(page: Page) {
  // The page's Content-Security-Policy refuses injected script tags; evaluating the source is not one.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the wall screen fits any screen and stays legible (browser)', () => {
  beforeAll(async () => {
    if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
    server = await startTestServer({ now: SEEDED_AT, seed: true });
    kiosk = server.demo!.kioskToken;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [when, at] of Object.entries(CLOCKS)) {
    for (const size of SIZES) {
      it(`${size.width}×${size.height}, ${when}: every panel on the screen, nothing clipped, no text under 18 px at 1080p, no axe violation`, async () => {
        const page = await openWall(size, at);
        try {
          const scale = Math.min(size.width / 1920, size.height / 1080);
          const faults = await layoutFaults(page, 18 * scale);
          expect(faults, faults.join('\n')).toEqual([]);
          const violations = await axeViolations(page);
          expect(violations, violations.join('\n')).toEqual([]);
          // Pages turn by themselves and stay whole (the clock moves the page's timers).
          await page.clock.fastForward(10_000);
          const turned = await layoutFaults(page, 18 * scale);
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
      await expect.poll(() => before.locator('[data-testid="shift-weekend"] [data-testid="shift-holiday"]').textContent()).toBe('Jour férié : Lundi de Pâques (lun. 6 avr.)');
    } finally {
      await before.close();
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

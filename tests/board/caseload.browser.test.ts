// The board's caseload counts as a person sees them on the meeting-room screen, in Chromium: per
// sector, today's visits, overdue evaluations and urgent cases; a case opened through the API moves
// the count within a second, without a reload; no beneficiary's name ever appears (R5).
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { beneficiaries } from '../../apps/api/src/db/schema/index.js';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// A Wednesday, 10:00 in Brussels: some of the day's visits done, others still ahead.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const LIVE_WITHIN_MS = 1_000;

type Counts = { visitsToday: number; evaluationsOverdue: number; urgentOpen: number };
type SectorRow = { id: string; code: string; socialWorker: { id: string } | null; caseload: Counts };

let server: TestServer;
let browser: Browser;
let page: Page;
let kiosk: string;

async function apiSectors(): Promise<SectorRow[]> {
  const r = await server.gql<{ sectors: SectorRow[] }>('{ sectors { id code socialWorker { id } caseload { visitsToday evaluationsOverdue urgentOpen } } }', {}, kiosk);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.sectors;
}

const shown = (code: string, kind: keyof Counts) => page.locator(`[data-sector-code="${code}"] [data-testid="caseload-${kind}"]`).textContent();

/** Every beneficiary's full name, as the seed wrote them. */
async function beneficiaryNames(): Promise<string[]> {
  const rows = await server.db.db.select({ first: beneficiaries.firstName, last: beneficiaries.lastName }).from(beneficiaries);
  return rows.map((r) => `${r.first} ${r.last}`);
}

describe.skipIf(!existsSync(CHROMIUM))('caseload counts on the board (browser)', () => {
  const suite = boardSuite(NOW);
  beforeAll(async () => {
    ({ server, browser } = suite);
    kiosk = server.demo!.kioskToken;
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: NOW });
    await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
    await page.locator('[data-testid="sector"]').nth(6).waitFor();
  });

  it("shows each sector's visits today, overdue evaluations and urgent cases, as the API counts them, on one 1920×1080 screen", async () => {
    const sectors = await apiSectors();
    expect(sectors).toHaveLength(7);
    // The demo has some of each somewhere.
    for (const kind of ['visitsToday', 'evaluationsOverdue', 'urgentOpen'] as const) expect(sectors.some((s) => s.caseload[kind] > 0)).toBe(true);
    for (const s of sectors) {
      for (const kind of ['visitsToday', 'evaluationsOverdue', 'urgentOpen'] as const) await expect.poll(() => shown(s.code, kind)).toBe(String(s.caseload[kind]));
    }
    // Each label in the form for its number (French: 0 and 1 singular).
    const s1 = sectors.find((s) => s.code === 'S1')!;
    await expect.poll(() => page.locator('[data-sector-code="S1"] [data-kind="urgentOpen"] dt').textContent()).toBe(s1.caseload.urgentOpen > 1 ? 'Urgences en attente' : 'Urgence en attente');
    for (const s of sectors) {
      const overdue = s.caseload.evaluationsOverdue;
      await expect.poll(() => page.locator(`[data-sector-code="${s.code}"] [data-kind="evaluationsOverdue"] dt`).textContent()).toBe(overdue > 1 ? 'Évaluations en retard' : 'Évaluation en retard');
    }
    // Legible from across the room: the numbers are large; and nothing scrolls off the wall screen.
    const size = await page.locator('[data-testid="caseload-visitsToday"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
    const fits = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-testid="sector"]')].map((el) => el.getBoundingClientRect());
      return { scroll: document.documentElement.scrollHeight, lowest: Math.max(...cards.map((r) => r.bottom)) };
    });
    expect(fits.scroll).toBeLessThanOrEqual(1080);
    expect(fits.lowest).toBeLessThanOrEqual(1080);
    await page.screenshot({ path: '/tmp/board-caseload.png' });
  });

  it('says what each count is in English too, in the form for its number', async () => {
    const s1 = (await apiSectors()).find((s) => s.code === 'S1')!.caseload;
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => page.locator('[data-sector-code="S1"] [data-kind="visitsToday"] dt').textContent()).toBe(s1.visitsToday === 1 ? 'Visit today' : 'Visits today');
    await expect.poll(() => page.locator('[data-sector-code="S1"] [data-kind="evaluationsOverdue"] dt').textContent()).toBe(s1.evaluationsOverdue === 1 ? 'Overdue evaluation' : 'Overdue evaluations');
    await page.getByRole('button', { name: 'FR' }).click();
    await expect.poll(() => page.locator('[data-sector-code="S1"] [data-kind="visitsToday"] dt').textContent()).toBe(s1.visitsToday > 1 ? 'Visites du jour' : 'Visite du jour');
  });

  it('an urgent case opened in S1 through the API raises its count within a second, without a reload, and no name appears', async () => {
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const s1 = (await apiSectors()).find((s) => s.code === 'S1');
    if (!s1?.socialWorker) throw new Error('S1 has no social worker in the demo');
    const before = s1.caseload.urgentOpen;
    await expect.poll(() => shown('S1', 'urgentOpen')).toBe(String(before));

    const sw = server.demo!.logins.find((l) => l.role === 'SOCIAL_WORKER')!;
    const token = await server.login(sw.email, server.demo!.password);
    const r = await server.gql<{ caseFileOpen: { userErrors: unknown[] } }>(
      'mutation ($input: CaseFileOpenInput!) { caseFileOpen(input: $input) { userErrors { code message } } }',
      {
        input: {
          sectorId: s1.id,
          socialWorkerId: s1.socialWorker.id,
          reasonForContact: 'Found without heating this morning',
          urgent: true,
          beneficiary: { firstName: 'Ghislaine', lastName: 'Vanderkelen', birthDate: '1936-02-11', address: { street: 'Rue Josaphat 41', postalCode: '1030', city: 'Schaerbeek', latitude: 50.8651, longitude: 4.3807 } },
        },
      },
      token,
    );
    expect(r.errors ?? r.data?.caseFileOpen.userErrors).toEqual([]);
    const started = Date.now();
    await page.locator(`[data-sector-code="S1"] [data-testid="caseload-urgentOpen"]`, { hasText: new RegExp(`^${before + 1}$`) }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // R5: the meeting-room screen names no beneficiary, neither the new one nor any of the demo's.
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Vanderkelen');
    const names = await beneficiaryNames();
    expect(names.length).toBeGreaterThan(300);
    expect(names.filter((n) => text.includes(n))).toEqual([]);
    await page.screenshot({ path: '/tmp/board-caseload-after.png' });
  });
});

// The planning panel as a person sees it on the meeting-room screen, in Chromium: the flying social
// worker's month with its R7/R8 quota use per sector as the API reports it, the R11 replacement and
// the relay queue; changes made through the API show within a second, without a reload, and R14's
// who-to-call follows the replacement; no beneficiary's name ever appears (R5).
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { beneficiaries } from '../../apps/api/src/db/schema/index.js';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// Wednesday 4 March 2026, 10:00 in Brussels: April is being prepared; Sofie Peeters (S3) is sick and
// the demo's flying social worker replaces her.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const LIVE_WITHIN_MS = 1_000;

type Quota = { sector: { code: string }; revisions: number; controls: number };

let server: TestServer;
let browser: Browser;
let page: Page;
let kiosk: string;
let head: string;

async function loginAs(role: string): Promise<string> {
  const who = server.demo?.logins.find((l) => l.role === role);
  if (!who) throw new Error(`the demo has no ${role} login`);
  return server.login(who.email, server.demo?.password);
}

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token = head): Promise<T> {
  const r = await server.gql(query, variables, token);
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded);
const callNowIn = (code: string) => page.locator(`[data-sector-code="${code}"] [data-testid="call-now"]`).textContent();

describe.skipIf(!existsSync(CHROMIUM))('the planning panel on the board (browser)', () => {
  const suite = boardSuite(NOW);
  beforeAll(async () => {
    ({ server, browser } = suite);
    kiosk = server.demo!.kioskToken;
    head = await loginAs('SOCIAL_POLE_HEAD');
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: NOW });
    await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
    await page.locator('[data-testid="quota-sector"]').nth(6).waitFor();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  });

  it("shows next month's draft and its quota use per sector as the API reports it, the replacement and the relay queue, on one 1920×1080 screen", async () => {
    const report = await ok<{ planningReport: { revisions: number; controls: number; sectors: Quota[] } }>(`{ planningReport(month: "2026-04") { revisions controls sectors { sector { code } revisions controls } } }`);
    const board = await ok(`{ planningBoard { relayQueueSize } }`, {}, kiosk);
    const panel = page.locator('[data-testid="planning-panel"]');
    expect(await panel.getAttribute('data-status')).toBe('DRAFT');
    expect(await page.locator('[data-testid="planning-month"]').getAttribute('data-month')).toBe('2026-04');
    expect(await page.locator('[data-testid="planning-month"]').textContent()).toBe('avril 2026');
    expect(await page.locator('[data-testid="planning-status"]').textContent()).toBe('Brouillon');
    expect(await page.locator('[data-testid="planning-revisions"]').textContent()).toBe(`${report.planningReport.revisions}/14`);
    expect(await page.locator('[data-testid="planning-controls"]').textContent()).toBe(`${report.planningReport.controls}/7`);
    const bars = await page.locator('[data-testid="quota-sector"]').evaluateAll((els) => els.map((e) => ({ sector: { code: e.getAttribute('data-sector-code') }, revisions: Number(e.getAttribute('data-revisions')), controls: Number(e.getAttribute('data-controls')) })));
    expect(bars).toEqual(report.planningReport.sectors);
    expect(await page.locator('[data-testid="planning-replacement"]').textContent()).toMatch(/^Julie Leclercq auprès de Sofie Peeters \(S3\) jusqu’au jeu\. 12 mars/); // the kiosk is not told why (R5)
    expect(await page.locator('[data-testid="relay-queue-size"]').textContent()).toBe(String(board.planningBoard.relayQueueSize));
    // R14 follows R11: S3's calls go to the flying social worker.
    expect(await callNowIn('S3')).toContain('Julie Leclercq');
    await page.screenshot({ path: '/tmp/board-planning.png' });
    // Fits the wall screen: the whole panel is inside the viewport.
    const box = await panel.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
  });

  it('R7: an item removed through the API lowers the count and its sector bar within a second, without a reload', async () => {
    const [planning] = (await ok(`{ plannings(month: "2026-04") { items { id kind status sector { code } } } }`)).plannings;
    const item = planning.items.find((i: { kind: string; status: string }) => i.kind === 'REVISION' && i.status === 'PLANNED');
    const bar = page.locator(`[data-testid="quota-sector"][data-sector-code="${item.sector.code}"]`);
    const before = Number(await bar.getAttribute('data-revisions'));
    const total = await page.locator('[data-testid="planning-revisions"]').textContent();
    const started = Date.now();
    const r = await ok(`mutation ($input: PlanningItemRemoveInput!) { planningItemRemove(input: $input) { userErrors { code } } }`, { input: { itemId: item.id } });
    expect(r.planningItemRemove.userErrors).toEqual([]);
    await page.locator(`[data-testid="quota-sector"][data-sector-code="${item.sector.code}"][data-revisions="${before - 1}"]`).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await page.locator('[data-testid="planning-revisions"]').textContent()).toBe(`${Number(total?.split('/')[0]) - 1}/14`);
    expect(await notReloaded()).toBe(true);
  });

  it('R11, R14: direction ends the replacement and starts another; the panel and who-to-call follow within a second, without a reload', async () => {
    const { flyingAssignments } = await ok(`{ flyingAssignments { id } }`);
    let started = Date.now();
    await ok(`mutation ($input: FlyingAssignmentEndInput!) { flyingAssignmentEnd(input: $input) { userErrors { code } } }`, { input: { assignmentId: flyingAssignments[0].id } });
    await page.locator('[data-testid="planning-replacement"]', { hasText: 'Aucun remplacement en cours' }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    // R14: Sofie Peeters is still sick: without a replacement the flying social worker is still the one to call.
    await expect.poll(() => callNowIn('S3'), { timeout: LIVE_WITHIN_MS }).toContain('Julie Leclercq');

    // Marc Dubois (S4) falls ill: direction approves the flying worker's replacement from tomorrow
    // (R11: one at a time, and the ended one still counts today).
    const { sectors } = await ok(`{ sectors { code socialWorker { id fullName } } }`, {}, kiosk);
    const s4 = sectors.find((s: { code: string }) => s.code === 'S4').socialWorker;
    started = Date.now();
    const r = await ok(`mutation ($input: FlyingAssignmentCreateInput!) { flyingAssignmentCreate(input: $input) { userErrors { code message } } }`, {
      input: { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: s4.id, fromDate: '2026-03-05', toDate: '2026-03-11', tasks: ['Urgent visits of S4'] },
    });
    expect(r.flyingAssignmentCreate.userErrors).toEqual([]);
    await page.locator('[data-testid="planning-replacement"]', { hasText: new RegExp(`Julie Leclercq auprès (de |d’)${s4.fullName} \\(S4\\) du jeu\\. 5 mars au mer\\. 11 mars`) }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await callNowIn('S4')).not.toContain('Julie Leclercq');

    // Thursday 09:00: the replacement starts with no event; the panel and S4's who-to-call follow.
    server.clock.now = new Date('2026-03-05T08:00:00.000Z');
    await page.clock.fastForward(server.clock.now.getTime() - NOW.getTime());
    await page.locator('[data-testid="planning-replacement"]', { hasText: new RegExp(`Julie Leclercq auprès (de |d’)${s4.fullName} \\(S4\\) jusqu’au mer\\. 11 mars`) }).waitFor({ timeout: 5_000 });
    await expect.poll(() => callNowIn('S4'), { timeout: 5_000 }).toContain('Julie Leclercq');
    expect(await notReloaded()).toBe(true);
    await page.screenshot({ path: '/tmp/board-planning-after.png' });
  });

  it('R5: no beneficiary name anywhere on the page, in French or in English', async () => {
    const rows = await server.db.db.select({ first: beneficiaries.firstName, last: beneficiaries.lastName }).from(beneficiaries);
    const names = rows.map((r) => `${r.first} ${r.last}`);
    for (const lang of ['FR', 'EN']) {
      await page.getByRole('button', { name: lang, exact: true }).click();
      const text = await page.locator('body').innerText();
      expect(names.filter((n) => text.includes(n))).toEqual([]);
    }
    expect(await page.locator('[data-testid="planning-status"]').textContent()).toBe('Draft');
    await page.screenshot({ path: '/tmp/board-planning-en.png' });
  });
});

// The board's schedule panel in Chromium: a change made through the API elsewhere, and the conflict
// it opens, appear on the kiosk screen without a reload, within a second or so.
import { existsSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../apps/api/src/db/schema/index.js';
import { toGlobalId } from '../../apps/api/src/shared/global-id.js';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
// A Wednesday, 10:00 in Brussels.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const LIVE_WITHIN_MS = 5_000;
const at = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00+01:00`).toISOString();

let server: TestServer;
let browser: Browser;
let page: Page;

describe.skipIf(!existsSync(CHROMIUM))('the schedule panel of the live board (browser)', () => {
  const suite = boardSuite(NOW);
  beforeAll(async () => {
    ({ server, browser } = suite);
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.clock.install({ time: NOW });
  });

  it('a visit moved elsewhere shows up as a change (who, what, why) and its double booking as a conflict', async () => {
    const demo = server.demo!;
    const swLogin = demo.logins.find((l) => l.role === 'SOCIAL_WORKER');
    if (!swLogin) throw new Error('the demo has no social worker');
    const token = await server.login(swLogin.email, demo.password);
    const db = server.db.db;
    const [sw] = await db.select().from(staff).where(eq(staff.email, swLogin.email));
    const [helper] = await db.select().from(staff).where(and(eq(staff.sectorId, sw.sectorId as string), eq(staff.role, 'FAMILY_HELPER')));
    const opened = await server.gql(
      'mutation ($input: CaseFileOpenInput!) { caseFileOpen(input: $input) { caseFile { id } userErrors { code message } } }',
      { input: { sectorId: toGlobalId('Sector', sw.sectorId as string), socialWorkerId: toGlobalId('Staff', sw.id), reasonForContact: 'Needs help at home', urgent: false, beneficiary: { firstName: 'Jeanne', lastName: 'Board', address: { latitude: 50.83, longitude: 4.36 } } } },
      token,
    );
    const caseFileId = opened.data?.caseFileOpen.caseFile?.id;
    if (!caseFileId) throw new Error(`caseFileOpen: ${JSON.stringify(opened)}`);
    const create = (from: string, to: string) =>
      server.gql('mutation ($input: ScheduleEntryCreateInput!) { scheduleEntryCreate(input: $input) { entries { id } userErrors { message } } }', {
        input: { helperId: toGlobalId('Staff', helper.id), caseFileId, kind: 'FAMILY_CARE', tasks: ['DRESSING'], startsAt: at(from), endsAt: at(to) },
      }, token);
    // In the evening, after the demo's weekly visits (its last slot ends at 18:00).
    await create('18:30', '20:30');
    const second = (await create('21:00', '22:00')).data?.scheduleEntryCreate.entries[0].id;

    await page.goto(`${server.url}/?token=${encodeURIComponent(demo.kioskToken)}`);
    // The demo already has today's changes (an ill helper, a hospital stay, a moved visit): the panel is loaded.
    await page.locator('[data-testid="schedule-change"]').first().waitFor();
    await expect.poll(() => page.locator('[data-testid="connection"]').getAttribute('data-status')).toBe('connected');

    const started = Date.now();
    const moved = await server.gql(
      'mutation ($input: ScheduleEntryChangeInput!) { scheduleEntryChange(input: $input) { conflictsOpened { rule } userErrors { message } } }',
      { input: { entryId: second, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', note: 'Asked for earlier', startsAt: at('19:30'), endsAt: at('20:30') } },
      token,
    );
    expect(moved.data?.scheduleEntryChange.conflictsOpened).toEqual([{ rule: 'DOUBLE_BOOKING' }]);
    const changeItem = page.locator('[data-testid="schedule-change"][data-kind="MOVE"]', { hasText: '19:30 → 20:30' });
    await changeItem.waitFor({ timeout: LIVE_WITHIN_MS });
    // Worded in French on the board from the conflict's facts, not the API's English explanation.
    const conflictItem = page.locator('[data-testid="schedule-conflict"][data-rule="DOUBLE_BOOKING"]', { hasText: 'deux domiciles en même temps, 18:30–20:30 et 19:30–20:30' });
    await conflictItem.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await changeItem.textContent()).toContain('Déplacée');
    // R5: neither the reason (helper ill, beneficiary in hospital) nor the free-text note ("Blood test at the GP…").
    expect(await changeItem.textContent()).not.toContain('demande du bénéficiaire');
    expect(await changeItem.textContent()).not.toContain('Asked for earlier');
    expect(await conflictItem.getAttribute('data-severity')).toBe('HIGH');
    expect(await changeItem.textContent()).toContain(helper.fullName);
    expect(await conflictItem.textContent()).toContain(helper.fullName);
    const sentence = await conflictItem.locator('[data-testid="schedule-conflict-message"]').textContent();
    expect(sentence).toBe(`${helper.fullName} : deux domiciles en même temps, 18:30–20:30 et 19:30–20:30.`);
    expect(await conflictItem.textContent()).not.toContain('is due at two homes');
    expect(await conflictItem.textContent()).toContain('mer. 4 mars');
    // The wall screen shows the schedule panel too, under the sectors: its first conflict and first
    // change are whole inside the 1920×1080 viewport, and nothing scrolls.
    for (const first of [page.locator('[data-testid="schedule-conflict"]').first(), page.locator('[data-testid="schedule-change"]').first()]) {
      const box = await first.boundingBox();
      expect(box && box.y).toBeGreaterThanOrEqual(0);
      expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    // R5 on the kiosk: no beneficiary name anywhere on the panel.
    expect(await page.locator('.schedule').textContent()).not.toContain('Jeanne');
    for (const note of ['Asked for earlier', 'Blood test', 'Admitted to hospital', 'certificate']) expect(await page.locator('.schedule').textContent()).not.toContain(note);
    await page.screenshot({ path: '/tmp/board-schedule.png' });
  });
});

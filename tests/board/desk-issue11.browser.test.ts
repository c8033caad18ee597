// What an outside check of the board found (issue 11), in Chromium on the demo: "who is on call at …"
// in the API's call order with absent holders struck, "à ce moment-là" for another instant, phone links
// whose accessible name holds the number, the conflict button only where the API would accept it, and
// every date on the wall carrying its month.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '@support/browser.js';
import { deskWorld } from '@support/desk-world.js';
import { axeViolations } from '@support/wall-checks.js';

const NOW = new Date('2026-03-04T09:00:00.000Z'); // a Wednesday, 10:00 in Brussels

const world = deskWorld(NOW);
const { tokenOf } = world;
const open = (token: string, query = ''): Promise<Page> => world.open(token, { query });

/** "2026-03-11T10:30" in Brussels, as a datetime-local input takes it. */
const brusselsLocal = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)).replace(' ', 'T');

type CallOrder = { answers: boolean; callOrder: number; person: { fullName: string; phone: string | null } };
type Shift = { id: string; startsAt: string; endsAt: string; holdersInCallOrder: CallOrder[] };

describe.skipIf(!existsSync(CHROMIUM))('the board after the outside check (issue 11, browser)', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.stop();
  });

  it('"Qui est de garde à…": whoever answers first with the phone, an absent holder struck "indisponible jusqu\'au …"; phone links named with their number', async () => {
    const token = await tokenOf('TELEPHONIST');
    const shifts = (await world.server.gql<{ permanenceShifts: { edges: { node: Shift }[] } }>(
      '{ permanenceShifts(first: 60) { edges { node { id startsAt endsAt holdersInCallOrder { answers callOrder person { fullName phone } } } } } }',
      {},
      token,
    )).data!.permanenceShifts.edges.map((e) => e.node);
    // The demo's binôme member who is away: her shift has one holder who answers and one who does not.
    const shift = shifts.find((s) => s.holdersInCallOrder.some((h) => !h.answers) && s.holdersInCallOrder.some((h) => h.answers))!;
    expect(shift).toBeDefined();
    const away = shift.holdersInCallOrder.find((h) => !h.answers)!;
    const answers = shift.holdersInCallOrder.find((h) => h.answers)!;

    const desk = await open(token);
    const at = desk.locator('[data-testid="on-call-at"]');
    await at.locator('[data-testid="at-input"]').fill(brusselsLocal(new Date(Date.parse(shift.startsAt) + 3_600_000).toISOString()));
    const holders = at.locator('[data-testid="at-holders"] [data-testid="holder"]');
    await expect.poll(() => holders.count()).toBe(shift.holdersInCallOrder.length);
    // First the one who answers, with her phone; the absent one struck, with until when, no phone.
    expect(await holders.first().getAttribute('data-answers')).toBe('true');
    expect(await holders.first().textContent()).toContain(answers.person.fullName);
    expect(await holders.first().locator('a[href^="tel:"]').count()).toBe(1);
    const struck = at.locator('[data-testid="at-holders"] [data-testid="holder"][data-answers="false"]');
    expect(await struck.locator('s[data-testid="holder-away"]').textContent()).toBe(away.person.fullName);
    expect(await struck.textContent()).toMatch(/indisponible jusqu’au \S+ \d+ (?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/);
    expect(await struck.locator('a[href^="tel:"]').count()).toBe(0);

    // WCAG 2.5.3: each phone link's name holds the number it shows.
    const labels = await desk.locator('a.desk-phone').evaluateAll((els) => els.map((e) => ({ text: e.textContent?.trim() ?? '', label: e.getAttribute('aria-label') ?? '' })));
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(l.label).toContain(l.text);
    const mismatch = await axeViolations(desk, ['label-content-name-mismatch']);
    expect(mismatch, mismatch.join('\n')).toEqual([]);

    // Another instant with no permanence (a past weekday night): "à ce moment-là", not "en ce moment".
    await at.locator('[data-testid="at-input"]').fill('2026-03-02T22:00');
    await expect.poll(() => at.locator('[data-testid="at-closed"]').textContent()).toBe('Pas de permanence à ce moment-là');
  });

  it('a social worker sees "Prendre en compte" only on the conflicts the API would accept from her', async () => {
    const token = await tokenOf('SOCIAL_WORKER');
    const conflicts = (await world.server.gql<{ scheduleConflicts: { edges: { node: { id: string; viewerCanAcknowledge: boolean; acknowledgedAt: string | null } }[] } }>(
      '{ scheduleConflicts(open: true, first: 50) { edges { node { id viewerCanAcknowledge acknowledgedAt } } } }',
      {},
      token,
    )).data!.scheduleConflicts.edges.map((e) => e.node);
    const offered = conflicts.filter((c) => c.viewerCanAcknowledge && !c.acknowledgedAt).length;
    expect(offered).toBeGreaterThan(0);
    expect(offered).toBeLessThan(conflicts.length);

    const desk = await open(token);
    await desk.locator('[data-testid="desk-conflict"]').nth(conflicts.length - 1).waitFor();
    expect(await desk.locator('[data-testid="desk-conflict"]').count()).toBe(conflicts.length);
    expect(await desk.locator('[data-testid="conflict-ack-button"]').count()).toBe(offered);
  });

  it('every date on the wall carries its month', async () => {
    const wall = await open(world.server.demo!.kioskToken!);
    await wall.locator('[data-testid="sector"]').nth(6).waitFor();
    await wall.locator('[data-testid="alert"]').first().waitFor();
    await wall.locator('[data-testid="shift-next"]').waitFor();
    const text = await wall.locator('[data-testid="wall"]').innerText();
    // "mer. 4" / "Wed 4" followed by anything but a month is a date without its month.
    const dates = [...text.matchAll(/\b(?:lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2}\b(.{0,8})/g)];
    expect(dates.length).toBeGreaterThan(2);
    const withoutMonth = dates.filter((m) => !/^ (?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/.test(m[1])).map((m) => m[0]);
    expect(withoutMonth).toEqual([]);
  });
});

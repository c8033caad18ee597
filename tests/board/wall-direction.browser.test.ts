// The wall when who to call falls to direction because both permanence holders are away: the
// service panel names the person every sector calls, with the number, as the API gives it to the
// kiosk (the outside check read "Direction" on every card and "Personne — permanence non couverte").
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';
import { CHROMIUM, boardSuite } from '@support/browser.js';

// A Saturday, 11:00 in Brussels: the week-end permanence runs, offices are closed.
const NOW = new Date('2026-03-07T10:00:00.000Z');

describe.skipIf(!existsSync(CHROMIUM))('the wall when both permanence holders are away (browser)', () => {
  const suite = boardSuite(NOW);
  let server: TestServer;
  let browser: Browser;
  beforeAll(() => {
    ({ server, browser } = suite);
  });

  it('names who every sector calls instead, and the number, in the service panel', async () => {
    const kiosk = server.demo!.kioskToken;
    const who = server.demo!.logins.find((l) => l.role === 'DIRECTOR');
    const director = await server.login(who!.email);
    const onCall = await server.gql<{ permanenceOnCall: { current: { holders: { id: string }[] } | null } }>('{ permanenceOnCall { current { holders { id } } } }', {}, kiosk);
    const holders = onCall.data?.permanenceOnCall.current?.holders ?? [];
    expect(holders.length).toBeGreaterThan(0);
    for (const h of holders) {
      const r = await server.gql<{ absenceRecord: { userErrors: unknown[] } }>('mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { userErrors { code message } } }',
        { input: { staffId: h.id, kind: 'SICKNESS', startsAt: new Date(NOW.getTime() - 3_600_000).toISOString(), endsAt: new Date(NOW.getTime() + 86_400_000).toISOString() } }, director);
      // One already away (the demo's) answers ABSENCE_OVERLAP: away either way.
      expect((r.errors ?? r.data?.absenceRecord.userErrors ?? []).filter((e) => (e as { code?: string }).code !== 'ABSENCE_OVERLAP')).toEqual([]);
    }
    type S = { sectors: { whoToCall: { role: string; gap: boolean; person: { id: string; fullName: string; phone: string | null } | null } }[] };
    const s = await server.gql<S>('{ sectors { whoToCall { role gap person { id fullName phone } } } }', {}, kiosk);
    const answers = s.data!.sectors.map((x) => x.whoToCall);
    const [first] = answers;
    expect(first.person?.phone).toBeTruthy();
    expect(answers.every((a) => !a.gap && a.role === first.role && a.person?.id === first.person?.id)).toBe(true);

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    try {
      await page.clock.install({ time: NOW });
      await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
      await page.locator('[data-testid="sector"]').nth(6).waitFor();
      const now = page.locator('[data-testid="shift-now"]');
      await now.locator('[data-testid="shift-answer"]').waitFor();
      expect(await now.locator('[data-testid="shift-answer"]').textContent()).toBe('Appeler : Direction');
      const text = (await now.textContent()) ?? '';
      expect(text).toContain(first.person!.fullName);
      expect(text.replace(/\s/g, '')).toContain(first.person!.phone!.replace(/\s/g, ''));
      // The cards say "Direction" once each and leave the person to the panel, which now names her.
      const cards = await page.locator('[data-testid="sector"] [data-testid="call-now"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
      expect(new Set(cards)).toEqual(new Set([first.role]));
    } finally {
      await page.close();
    }
  });
});

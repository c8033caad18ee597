// The live board as a person sees it, in Chromium: the kiosk link, the sectors and who is on call,
// and changes made through the API showing up without a reload.
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';
import { CHROMIUM, boardSuite } from '@support/browser.js';

// A Wednesday, 10:00 in Brussels: office hours and a weekday permanence in progress.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const LIVE_WITHIN_MS = 5_000;

type Holder = { id: string; fullName: string };
type OnCall = { permanenceOnCall: { current: { id: string; holders: Holder[] } | null } };

let server: TestServer;
let browser: Browser;
let page: Page;
let kiosk: string;

async function apiOnCall(): Promise<NonNullable<OnCall['permanenceOnCall']['current']>> {
  const r = await server.gql<OnCall>('{ permanenceOnCall { current { id holders { id fullName } } } }', {}, kiosk);
  const current = r.data?.permanenceOnCall.current;
  if (!current) throw new Error(`no permanence in progress at ${NOW.toISOString()}: ${JSON.stringify(r)}`);
  return current;
}

async function loginAs(role: string): Promise<string> {
  const who = server.demo?.logins.find((l) => l.role === role);
  if (!who) throw new Error(`the demo has no ${role} login`);
  return server.login(who.email, server.demo?.password);
}

// Without Debian's Chromium (apt-get install chromium) there is nothing to drive: skipped, not failed.
describe.skipIf(!existsSync(CHROMIUM))('the live board (browser)', () => {
  const suite = boardSuite(NOW);
  beforeAll(async () => {
    ({ server, browser } = suite);
    kiosk = server.demo!.kioskToken;
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    // The screen's clock agrees with the server's, so the screenshot reads as one moment.
    await page.clock.install({ time: NOW });
  });

  it('opens from the kiosk link, forgets the token from the address bar, and shows the seven sectors and who is on call', async () => {
    await page.goto(`${server.url}/?token=${encodeURIComponent(kiosk)}`);
    await page.locator('[data-testid="sector"]').nth(6).waitFor();

    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('relais.board.token'))).toBe(kiosk);

    const sectors = await server.gql<{ sectors: { code: string; name: string }[] }>('{ sectors { code name } }', {}, kiosk);
    const shown = await page.locator('[data-testid="sector-name"]').allTextContents();
    expect(shown.map((s) => s.trim())).toEqual(sectors.data!.sectors.map((s) => s.name));
    expect(shown).toHaveLength(7);

    const current = await apiOnCall();
    const nowCard = page.locator('[data-testid="shift-now"]');
    for (const holder of current.holders) await expect.poll(() => nowCard.textContent()).toContain(holder.fullName);

    // Every sector answers "who to call now" with a person, or shows the gap.
    const answers = await page.locator('[data-testid="call-now"]').allTextContents();
    expect(answers.every((a) => a.length > 0)).toBe(true);
    // French by default.
    await expect.poll(() => page.locator('#sectors-title').textContent()).toBe('Qui appeler, par secteur');
    await expect.poll(() => page.locator('[data-testid="connection"]').getAttribute('data-status')).toBe('connected');

    await page.screenshot({ path: '/tmp/board.png' });
  });

  it('R13: shows the new holder when the permanence is replaced, without a reload', async () => {
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const current = await apiOnCall();
    const sectors = await server.gql<{ sectors: { socialWorker: Holder | null }[] }>('{ sectors { socialWorker { id fullName } } }', {}, kiosk);
    const replacement = sectors.data!.sectors.map((s) => s.socialWorker).find((p): p is Holder => !!p && !current.holders.some((h) => h.id === p.id));
    if (!replacement) throw new Error('no social worker free to take the permanence');

    const relay = await loginAs('RELAY_CONTROL_SOCIAL_WORKER');
    const started = Date.now();
    const r = await server.gql<{ permanenceReplace: { userErrors: unknown[] } }>(
      'mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { code message } } }',
      { input: { shiftId: current.id, holderStaffId: replacement.id, reason: 'Browser test', event: 'Binôme appelé en réunion' } },
      relay,
    );
    expect(r.errors ?? r.data?.permanenceReplace.userErrors).toEqual([]);

    await page.locator('[data-testid="shift-now"]', { hasText: replacement.fullName }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    // The wall screen says that the shift changed hands today, never why (R5: the event may be someone's health).
    await expect.poll(() => page.locator('[data-testid="shift-now"]').textContent()).toContain('Changement du jour');
    expect(await page.locator('[data-testid="shift-now"]').textContent()).not.toContain('Binôme appelé en réunion');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('shows the coverage alert when the holder falls ill, most severe first, without a reload', async () => {
    const current = await apiOnCall();
    const holder = current.holders[0]!;
    // The list pages by itself on the wall: the title's count says how many there are.
    const openAlerts = async () => Number(await page.locator('[data-testid="alerts-count"]').getAttribute('data-count'));
    const alertsBefore = await openAlerts();

    const director = await loginAs('DIRECTOR');
    const started = Date.now();
    const r = await server.gql<{ absenceRecord: { userErrors: unknown[] } }>(
      'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { userErrors { code message } } }',
      { input: { staffId: holder.id, kind: 'SICKNESS', startsAt: NOW.toISOString(), endsAt: new Date(NOW.getTime() + 2 * 86_400_000).toISOString() } },
      director,
    );
    expect(r.errors ?? r.data?.absenceRecord.userErrors).toEqual([]);

    const alert = page.locator('[data-testid="alert"]', { hasText: holder.fullName });
    await alert.first().waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
    expect(await openAlerts()).toBeGreaterThan(alertsBefore);
    // On the permanence she is struck, "unavailable until …", never shown as on call; whoever answers comes first.
    const nowCard = page.locator('[data-testid="shift-now"]');
    await nowCard.locator('[data-testid="holder"][data-answers="false"]', { hasText: holder.fullName }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await nowCard.locator('[data-testid="holder-away"]').textContent()).toBe(holder.fullName);
    expect(await nowCard.textContent()).toContain('indisponible jusqu’au');
    const order = await nowCard.locator('[data-testid="holder"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answers')));
    expect(order).toEqual([...order].sort().reverse());
    // Worded in the board's language from the alert's cause, not the API's English message.
    const text = await alert.first().locator('[data-testid="alert-message"]').textContent();
    expect(text).toMatch(new RegExp(`^Permanence de semaine : (absence (de |d’)${holder.fullName}|personne n’est de garde \\(${holder.fullName} en absence\\))`));
    expect(text).not.toContain('away');

    const severities = await page.locator('[data-testid="alert"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    const rank = { CRITICAL: 0, HIGH: 1, WARNING: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s ?? ''])).toEqual([...severities.map((s) => rank[s ?? ''])].sort((a, b) => a - b));
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.screenshot({ path: '/tmp/board-after.png' });
  });

  it('R14: a sector social worker recorded away: her card follows the who-to-call feed, without asking for the sectors again', async () => {
    type S = { sectors: { code: string; socialWorker: Holder | null; whoToCall: { role: string } }[] };
    const r = await server.gql<S>('{ sectors { code socialWorker { id fullName } whoToCall { role } } }', {}, kiosk);
    const sector = r.data!.sectors.find((s) => s.whoToCall.role === 'SECTOR_SOCIAL_WORKER' && s.socialWorker);
    if (!sector?.socialWorker) throw new Error('no sector answered by its own social worker');
    const card = page.locator(`[data-testid="sector"][data-sector-code="${sector.code}"] [data-testid="call-now"]`);
    expect(await card.getAttribute('data-role')).toBe('SECTOR_SOCIAL_WORKER');
    const asked: string[] = [];
    const count = (req: { postData: () => string | null }) => {
      const body = req.postData() ?? '';
      if (body.includes('query BoardSectors(')) asked.push(body);
    };
    page.on('request', count);
    try {
      const director = await loginAs('DIRECTOR');
      const started = Date.now();
      const rec = await server.gql<{ absenceRecord: { userErrors: unknown[] } }>(
        'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { userErrors { code message } } }',
        { input: { staffId: sector.socialWorker.id, kind: 'TRAINING', startsAt: new Date(NOW.getTime() - 60_000).toISOString(), endsAt: new Date(NOW.getTime() + 86_400_000).toISOString() } },
        director,
      );
      expect(rec.errors ?? rec.data?.absenceRecord.userErrors).toEqual([]);
      const expected = await server.gql<{ whoToCall: { role: string } }>('query ($c: ID!) { whoToCall(sectorId: $c) { role } }', { c: (await server.gql<{ sectors: { id: string; code: string }[] }>('{ sectors { id code } }', {}, kiosk)).data!.sectors.find((s) => s.code === sector.code)!.id }, kiosk);
      expect(expected.data?.whoToCall.role).not.toBe('SECTOR_SOCIAL_WORKER');
      await expect.poll(() => card.getAttribute('data-role'), { timeout: LIVE_WITHIN_MS }).toBe(expected.data?.whoToCall.role);
      expect(Date.now() - started).toBeLessThan(LIVE_WITHIN_MS);
      // Her absence is said on the card, and "now" came by the feed: the sectors were not asked again.
      await expect.poll(() => card.locator('[data-testid="skipped"]').first().textContent()).toContain(sector.socialWorker.fullName);
      expect(asked).toEqual([]);
    } finally {
      page.off('request', count);
    }
  });

  it('without a token, asks to log in, then shows the board; forgetting the token asks again', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/Brussels' });
    const laptop = await context.newPage();
    await laptop.clock.install({ time: NOW });
    laptop.on('dialog', (dialog) => void dialog.accept());
    try {
      // Signed-in staff get the desk; the wall screen stays one parameter away.
      await laptop.goto(`${server.url}/?view=wall`);
      const telephonist = server.demo!.logins.find((l) => l.role === 'TELEPHONIST')!;
      await laptop.fill('input[name=email]', telephonist.email);
      await laptop.fill('input[name=password]', 'wrong password');
      await laptop.click('button[type=submit]');
      await laptop.getByText('E-mail inconnu ou mot de passe erroné.').waitFor();

      await laptop.fill('input[name=password]', server.demo!.password);
      await laptop.click('button[type=submit]');
      await laptop.locator('[data-testid="sector"]').nth(6).waitFor();
      await laptop.getByText(telephonist.fullName).first().waitFor();

      const token = await laptop.evaluate(() => localStorage.getItem('relais.board.token'));
      await laptop.click('[data-testid="forget-token"]');
      await laptop.locator('input[name=email]').waitFor();
      expect(await laptop.evaluate(() => localStorage.getItem('relais.board.token'))).toBeNull();
      // The board logged out: the API has forgotten the token too.
      expect((await server.gql('{ viewer { kind } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await context.close();
    }
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => page.locator('#sectors-title').textContent()).toBe('Who to call, by sector');
    await page.getByRole('button', { name: 'FR' }).click();
    await expect.poll(() => page.locator('#sectors-title').textContent()).toBe('Qui appeler, par secteur');
  });
});

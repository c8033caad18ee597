// Desk → wall latency, measured to the DOM: a replacement made at the desk (a real click on
// "Remplacer") until the wall's "now" card shows the new holder, seen by a MutationObserver in the
// wall page that reports to the test at once (no polling granularity). Split into: the mutation's
// answer, the change event reaching the wall's socket, and the wall's re-read and render. Prints the
// figures; the bound is generous (a loaded 2-core test machine), the aim is under a second.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM } from '@support/browser.js';
import { deskWorld } from '@support/desk-world.js';
// A Wednesday, 10:00 in Brussels: a weekday permanence in progress.
const NOW = new Date('2026-03-04T09:00:00.000Z');
const BOUND_MS = 5_000;
const ROUNDS = 3;

type Holder = { id: string; fullName: string; role?: string };
type Round = { taker: string; answered: number; eventAtWall: number | null; wallDom: number };

const world = deskWorld(NOW);
const open = (token: string, viewport: { width: number; height: number }): Promise<Page> => world.open(token, { viewport });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe.skipIf(!existsSync(CHROMIUM))('desk → wall latency (browser)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.stop();
  });

  it(`a replacement at the desk shows on the wall's DOM within ${BOUND_MS} ms (aim: 1 s); figures printed`, async () => {
    const relayLogin = world.server.demo!.logins.find((l) => l.role === 'RELAY_CONTROL_SOCIAL_WORKER')!;
    const relay = await world.server.login(relayLogin.email, world.server.demo!.password);
    const desk = await open(relay, { width: 1440, height: 900 });
    const wall = await open(world.server.demo!.kioskToken!, { width: 1920, height: 1080 });
    const form = desk.locator('[data-testid="replace-form"]');
    await form.waitFor();
    await wall.locator('[data-testid="shift-now"]').waitFor();
    await wall.locator('[data-testid="connection"][data-status="connected"]').waitFor();

    // The wall tells the test (node's clock) the moment its "now" card holds a name.
    let seen: { name: string; at: number } | null = null;
    let awaited = '';
    await wall.exposeFunction('__relaisSeen', (name: string) => {
      if (name === awaited) seen ??= { name, at: Date.now() };
    });
    // Change events reaching the wall's socket, by node's clock.
    const frames: number[] = [];
    wall.on('websocket', (ws) => ws.on('framereceived', (f) => (String(f.payload).includes('permanenceChanged') ? frames.push(Date.now()) : undefined)));
    // The socket opened before the listener: reload so it is watched.
    await wall.reload();
    await wall.locator('[data-testid="shift-now"]').waitFor();
    await wall.locator('[data-testid="connection"][data-status="connected"]').waitFor();

    const staff = (await world.server.gql<{ staffMembers: Holder[] }>('{ staffMembers { id fullName role } }', {}, relay)).data!.staffMembers;
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const current = (await world.server.gql<{ permanenceOnCall: { current: { holders: Holder[] } } }>('{ permanenceOnCall { current { holders { id fullName } } } }', {}, relay)).data!.permanenceOnCall.current;
      // Someone the form offers (eligible for the permanence) who is not on call now, a new one each round.
      const offered = await form.locator('select[name=holder] option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
      const taker = staff.find((p) => p.role === 'SOCIAL_WORKER' && offered.includes(p.id) && !current.holders.some((h) => h.id === p.id) && !rounds.some((r) => r.taker === p.id));
      if (!taker) throw new Error(`nobody to hand the shift to: ${offered.length} offered`);
      // Today's shift (a same-day replacement splits it: "mer. 4 mars, 10:00 → 17:00" after the first).
      const todays = () =>
        desk
          .locator('[data-testid="replace-form"] select[name=shift] option')
          .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })).find((o) => /^mer\. 4 mars, /.test(o.text))?.value ?? null);
      await expect.poll(todays, { timeout: 20_000, message: 'today’s shift in the form' }).not.toBeNull();
      const shiftOption = await todays();
      await form.locator('select[name=shift]').selectOption(shiftOption!);
      await form.locator('select[name=holder]').selectOption(taker.id);
      await form.locator('input[name=event]').fill(`Essai de délai ${i + 1}`);
      seen = null;
      awaited = taker.fullName;
      frames.length = 0;
      await wall.evaluate((name) => {
        const w = window as unknown as { __relaisSeen: (n: string) => void; __relaisObserver?: MutationObserver };
        w.__relaisObserver?.disconnect();
        const check = () => {
          if (document.querySelector('[data-testid="shift-now"]')?.textContent?.includes(name)) w.__relaisSeen(name);
        };
        w.__relaisObserver = new MutationObserver(check);
        w.__relaisObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, taker.fullName);

      const started = Date.now();
      const answered = desk.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('DeskReplace')).then(() => Date.now() - started);
      await form.getByRole('button', { name: 'Remplacer' }).click();
      const answeredMs = await answered;
      await form.locator('[data-testid="desk-done"], [data-testid="desk-errors"]').first().waitFor();
      if (await form.locator('[data-testid="desk-errors"]').count()) throw new Error(`refused: ${await form.locator('[data-testid="desk-errors"]').textContent()}`);
      await expect.poll(() => seen?.name, { timeout: BOUND_MS + 5_000, interval: 50 }).toBe(taker.fullName);
      rounds.push({ taker: taker.id, answered: answeredMs, eventAtWall: frames.length ? frames[0] - started : null, wallDom: seen!.at - started });
    }

    const dom = rounds.map((r) => r.wallDom);
    console.info(
      `desk → wall (ms), ${ROUNDS} replacements: DOM updated ${JSON.stringify(dom)} (median ${median(dom)}); ` +
        `mutation answered ${JSON.stringify(rounds.map((r) => r.answered))}; change event at the wall's socket ${JSON.stringify(rounds.map((r) => r.eventAtWall))}`,
    );
    for (const r of rounds) expect(r.wallDom).toBeLessThan(BOUND_MS);
    // The wall hears of the change by its subscription, not by a timer; where the event carries the
    // shift it shows (issue 11), the DOM changes as the event arrives, in the same millisecond.
    expect(rounds.every((r) => r.eventAtWall !== null && r.eventAtWall <= r.wallDom)).toBe(true);
  });
});

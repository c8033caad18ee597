// The built board under RELAIS_TRUSTED_DOCUMENTS_ONLY (production's default), in Chromium: every
// operation it sends, over HTTP and WebSocket, names a persisted document by hash and none is refused
// (the wall with the kiosk link; the desk and the Rapports page after the board's own login).
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

import { CHROMIUM, boardBuilt, launchChromium } from '@support/browser.js';
const NOW = new Date('2026-03-18T09:00:00.000Z');

let server: TestServer;
let browser: Browser;

/** Records what the page sends to /graphql (bodies and WebSocket frames) and any refusal it gets. */
function watch(page: Page) {
  const sent: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
  const refusals: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/graphql' && req.method() === 'POST') sent.push(JSON.parse(req.postData() ?? '{}'));
  });
  page.on('response', async (res) => {
    if (new URL(res.url()).pathname !== '/graphql') return;
    const text = await res.text().catch(() => '');
    if (/TRUSTED_DOCUMENT_REQUIRED|PERSISTED_QUERY_NOT_FOUND/.test(text)) refusals.push(text);
  });
  page.on('websocket', (ws) =>
    ws.on('framesent', (f) => {
      const msg = JSON.parse(String(f.payload));
      if (msg.type === 'subscribe') sent.push(msg.payload);
    }),
  );
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      if (/TRUSTED_DOCUMENT_REQUIRED|PERSISTED_QUERY_NOT_FOUND/.test(String(f.payload))) refusals.push(String(f.payload));
    }),
  );
  return { sent, refusals };
}

describe.skipIf(!existsSync(CHROMIUM))('the board on trusted documents only (browser)', () => {
  beforeAll(async () => {
    if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
    server = await startTestServer({ now: NOW, seed: true, trustedDocumentsOnly: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the wall, from the kiosk link, runs on persisted documents only', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const seen = watch(page);
    await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken)}`);
    await page.locator('[data-testid="sector"]').nth(6).waitFor();
    await page.waitForTimeout(1_000);
    expect(seen.sent.length).toBeGreaterThan(3);
    expect(seen.sent.some((s) => 'query' in s && s.query === '')).toBe(true); // the subscriptions, by hash
    for (const s of seen.sent) {
      expect(s.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(s.query ?? '').toBe('');
    }
    expect(seen.refusals).toEqual([]);
    await page.close();
  });

  it('the board’s login opens a board session: the desk and the Rapports page run on persisted documents, a free-text query with its token is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const page = await context.newPage();
    const seen = watch(page);
    const director = server.demo!.logins.find((l) => l.role === 'DIRECTOR')!;
    await page.goto(server.url);
    await page.fill('input[name=email]', director.email);
    await page.fill('input[name=password]', server.demo!.password);
    await page.click('button[type=submit]');
    await page.getByTestId('reports-link').click();
    await page.locator('[data-testid="sector-table"] tbody tr').first().waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(4);
    expect(seen.refusals).toEqual([]);
    for (const s of seen.sent) expect(s.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    const token = await page.evaluate(() => localStorage.getItem('relais.board.token'));
    expect(token).toBeTruthy();
    const free = await server.gql('{ viewer { kind } }', {}, token);
    expect(free.status).toBe(403);
    expect(free.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    await context.close();
  });
});

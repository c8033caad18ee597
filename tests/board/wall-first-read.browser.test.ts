// Issue 14, the wall's first read: a screen load sends each document once. The first connection of
// the socket, the viewer read by both the view chooser and the wall, and the planning's first answer
// each used to send the whole read again (twice the database's statements per screen load). A real
// reconnection must still read everything again, to catch up on what it missed.
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';
import { CHROMIUM, boardSuite } from '@support/browser.js';

const AT = new Date('2026-03-04T09:00:00.000Z'); // a Wednesday, 10:00 in Brussels

let server: TestServer;
let browser: Browser;

/** Every query the page sends over HTTP, by operation name (the persisted hash when there is none). */
function recordQueries(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName?: string; documentId?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    sent.push(body.operationName ?? body.documentId ?? body.extensions?.persistedQuery?.sha256Hash ?? '?');
  });
  return sent;
}

const counts = (names: string[]) => names.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});

describe.skipIf(!existsSync(CHROMIUM))('the wall\'s first read (browser)', () => {
  const suite = boardSuite(AT);
  beforeAll(() => {
    ({ server, browser } = suite);
  });

  it('sends each document once on load, and reads everything again after a reconnection', { timeout: 90_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    try {
      const sent = recordQueries(page);
      await page.goto(`${server.url}/?token=${encodeURIComponent(server.demo!.kioskToken)}`);
      await page.locator('[data-testid="sector"]').nth(6).waitFor();
      await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
      await page.waitForTimeout(3_000);
      const load = counts(sent);
      // The whole first read, and nothing twice.
      expect(Object.keys(load).sort()).toEqual(
        expect.arrayContaining(['BoardAlerts', 'BoardOnCall', 'BoardPlanning', 'BoardSchedule', 'BoardSectorCaseloads', 'BoardSectors', 'BoardSectorsNext', 'BoardViewer']),
      );
      expect(Object.entries(load).filter(([, n]) => n !== 1), JSON.stringify(load)).toEqual([]);

      // A real drop: the socket reconnects and every panel reads again.
      sent.length = 0;
      await server.stop();
      await page.locator('[data-testid="connection"]:not([data-status="connected"])').waitFor({ timeout: 15_000 });
      await server.restart();
      await page.locator('[data-testid="connection"][data-status="connected"]').waitFor({ timeout: 30_000 });
      const panels = ['BoardAlerts', 'BoardOnCall', 'BoardPlanning', 'BoardSchedule', 'BoardSectorCaseloads', 'BoardSectors', 'BoardSectorsNext'];
      await expect.poll(() => panels.filter((p) => !sent.includes(p)), { timeout: 10_000 }).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

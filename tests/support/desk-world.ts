// What the desk's browser tests share: the demo served at a fixed instant, one Chromium, a demo login
// per role, and desks opened each in its own context (the board's clock at that instant), all closed
// at the end. A file calls `const world = deskWorld(NOW)` once and `world.start` / `world.stop` in its describe's hooks.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './server.js';
import { boardBuilt, launchChromium } from './browser.js';

export type OpenOptions = {
  /** Appended to `?token=…`, e.g. `&view=wall`. */
  query?: string;
  viewport?: { width: number; height: number };
  locale?: string;
  acceptDownloads?: boolean;
  /** Install the page's clock at the world's instant (default), so the board's "now" is the server's. */
  clock?: boolean;
};

export type DeskWorld = {
  readonly server: TestServer;
  readonly browser: Browser;
  start(): Promise<void>;
  stop(): Promise<void>;
  tokenOf(role: string): Promise<string>;
  open(token: string, options?: OpenOptions): Promise<Page>;
};

export function deskWorld(now: Date): DeskWorld {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const started = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`the desk world has no ${what}: call world.start in beforeAll`);
    return x;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async start() {
      if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
      server = await startTestServer({ now, seed: true });
      browser = await launchChromium();
    },
    async stop() {
      for (const c of contexts) await c.close();
      await browser?.close();
      await server?.close();
    },
    async tokenOf(role) {
      const s = started(server, 'server');
      const who = s.demo?.logins.find((l) => l.role === role);
      if (!who) throw new Error(`the demo has no ${role} login`);
      return s.login(who.email, s.demo!.password);
    },
    async open(token, { query = '', viewport = { width: 1440, height: 900 }, locale = 'fr-BE', acceptDownloads, clock = true } = {}) {
      const context = await started(browser, 'browser').newContext({ viewport, locale, timezoneId: 'Europe/Brussels', acceptDownloads });
      contexts.push(context);
      const page = await context.newPage();
      if (clock) await page.clock.install({ time: now });
      await page.goto(`${started(server, 'server').url}/?token=${encodeURIComponent(token)}${query}`);
      return page;
    },
  };
}

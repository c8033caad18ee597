// Protective headers on the board (/) and the API (/graphql): a Content-Security-Policy that
// forbids framing, nosniff, and no referrer (the kiosk link carries its token).
import { existsSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let prod: TestServer;

beforeAll(async () => {
  [server, prod] = await Promise.all([startTestServer(), startTestServer({ production: true })]);
});

afterAll(async () => {
  await Promise.all([server?.close(), prod?.close()]);
});

/** The policy as directive → sources. */
function csp(res: Response): Map<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const graphqlPost = (url: string, body = JSON.stringify({ query: '{ __typename }' })) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

function expectCommonHeaders(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(csp(res).get('frame-ancestors')).toEqual(["'none'"]);
}

describe('the board at /', () => {
  it.each([['/'], ['/?token=kiosk'], ['/healthz'], ['/calendar/staff/none.ics']])('%s carries CSP with frame-ancestors, nosniff and Referrer-Policy', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expectCommonHeaders(res);
  });

  it('lets the board run its own scripts and talk to its own origin (HTTP and WebSocket), nothing else', async () => {
    const policy = csp(await fetch(`${server.url}/`));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // It would turn the board's ws: into wss: on a service served over plain HTTP.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('the API at /graphql', () => {
  it('a GraphQL answer carries the headers, and its policy lets nothing load', async () => {
    const res = await graphqlPost(prod.url);
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    const policy = csp(res);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('script-src')).toBe(false);
  });

  it('so do refusals answered before GraphQL (a body over the limit)', async () => {
    const res = await graphqlPost(server.url, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(100_001) } }));
    expect(res.status).toBe(413);
    expectCommonHeaders(res);
  });

  it('outside production the policy allows the Apollo landing page and still forbids framing', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expectCommonHeaders(res);
    expect(csp(res).get('script-src')).toContain('https://embeddable-sandbox.cdn.apollographql.com');
  });
});

// The built board under its policy, in Chromium: no violation reported, and its WebSocket to the
// same origin opens (a connect-src without it would break every live screen).
import { CHROMIUM, boardBuilt, launchChromium } from '@support/browser.js';

describe.skipIf(!existsSync(CHROMIUM))('the built board under its policy (browser)', () => {
  let seeded: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!boardBuilt) throw new Error('The board is not built: run `pnpm --filter @relais/board build` first (`pnpm test` does).');
    seeded = await startTestServer({ seed: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
  });

  it('loads the kiosk link with no CSP violation, and a WebSocket to /graphql opens', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${seeded.url}/?token=${encodeURIComponent(seeded.demo?.kioskToken ?? '')}`);
    await page.locator('[data-testid="sector"]').nth(6).waitFor();
    const opened = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
          ws.onopen = () => (ws.close(), resolve('open'));
          ws.onerror = () => resolve('error');
        }),
    );
    expect(opened).toBe('open');
    expect(violations).toEqual([]);
  });
});

// Screenshots of the permanence desk for docs/board.md, taken from a running demo:
//   PORT=4217 pnpm start            (in another terminal: the demo on http://localhost:4217)
//   node scripts/desk-screenshots.mjs [http://localhost:4217] [docs/img]
// Signs in as the telephonist (a phone: who to call now) and the relay social worker (a desk
// screen: the actions), with Debian's Chromium (/usr/bin/chromium) through playwright-core.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? process.env.RELAIS_URL ?? 'http://localhost:4000';
const out = process.argv[3] ?? 'docs/img';
const PASSWORD = process.env.RELAIS_DEMO_PASSWORD ?? 'relais-demo';
mkdirSync(out, { recursive: true });

async function login(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }', variables: { input: { email, password: PASSWORD } } }),
  });
  const body = await res.json();
  const token = body.data?.login?.token;
  if (!token) throw new Error(`cannot log in as ${email} on ${base}: ${JSON.stringify(body)}`);
  return token;
}

const shots = [
  { file: 'desk-phone.png', email: 'fatima.ouali@relais.test', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, fullPage: false },
  // The desk screen also shows the sector search: a street gives its sector and that sector's chain.
  { file: 'desk-screen.png', email: 'pieter.desmet@relais.test', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, fullPage: true, search: 'chaussée de gand' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const shot of shots) {
    const token = await login(shot.email);
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    const page = await context.newPage();
    await page.goto(`${base}/?token=${encodeURIComponent(token)}`);
    await page.locator('[data-testid="now-sectors"] [data-testid="call-now"], [data-testid="now-sectors"] [data-testid="call-gap"]').first().waitFor({ timeout: 20_000 });
    // S3's chain shows why its social worker is skipped (away) and the next one to call.
    await page.locator('[data-testid="now-sectors"] [data-sector="S3"] [data-testid="chain-toggle"]').click();
    await page.locator('[data-testid="desk-alert"]').first().waitFor({ timeout: 20_000 }).catch(() => {});
    if (shot.search) {
      await page.locator('[data-testid="sector-search-input"]').fill(shot.search);
      await page.locator('[data-testid="sector-search-match"], [data-testid="sector-search-none"]').first().waitFor({ timeout: 20_000 });
    }
    await page.waitForTimeout(500);
    const file = path.join(out, shot.file);
    await page.screenshot({ path: file, fullPage: shot.fullPage });
    console.info(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
}

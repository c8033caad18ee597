// Screenshots of the wall screen for docs/board.md: starts the demo (a fresh embedded PostgreSQL in a
// temporary folder, so the kiosk link is printed), opens the kiosk link in Debian's Chromium at
// 1280×720, 1920×1080, 3840×2160 and a phone's 390×844 (the top of its one scrolling column), and
// writes docs/board/kiosk-<size>.png. `pnpm board:screenshots`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/board');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [390, 844],
];
const port = Number(process.env.PORT || 4390);
const pgDir = mkdtempSync(path.join(os.tmpdir(), 'relais-shots-pg-'));
const env = { ...process.env, PORT: String(port), RELAIS_PG_DIR: pgDir, RELAIS_PG_PORT: process.env.RELAIS_PG_PORT || '54390' };
delete env.DATABASE_URL;

const demo = spawn('npx', ['--yes', 'pnpm@10', 'start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => {
  try {
    process.kill(-demo.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', () => {
  stop();
  rmSync(pgDir, { recursive: true, force: true });
});

const kioskUrl = await new Promise((resolve, reject) => {
  let seen = '';
  const timer = setTimeout(() => reject(new Error('the demo did not print its kiosk link within 5 minutes')), 300_000);
  demo.stdout.on('data', (chunk) => {
    seen += chunk;
    const match = seen.match(/(http:\/\/\S+\?token=\S+)/);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
  demo.on('exit', (code) => reject(new Error(`the demo stopped (exit ${code}) before printing its kiosk link`)));
});

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.goto(kioskUrl);
    await page.locator('[data-testid="sector"]').nth(6).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="quota-sector"]').nth(6).waitFor();
    await page.locator('[data-testid="schedule-conflict"], [data-testid="no-schedule-conflicts"]').first().waitFor();
    await page.locator('[data-testid="alert"], [data-testid="no-alerts"]').first().waitFor();
    await page.locator('[data-testid="connection"][data-status="connected"]').waitFor();
    await page.waitForTimeout(500);
    const file = path.join(out, `kiosk-${width}x${height}.png`);
    await page.screenshot({ path: file });
    console.info(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
process.exit(0);

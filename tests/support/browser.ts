// What every browser test starts from: Debian's Chromium, headless, and whether the board is built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../apps/api/src/config.js';

export const CHROMIUM = '/usr/bin/chromium';
export const boardBuilt = existsSync(path.join(projectRoot, 'apps/board/dist/index.html'));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

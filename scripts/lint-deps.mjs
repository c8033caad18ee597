// The API's import rules (.dependency-cruiser.cjs): fails on a violation that is not in the known list
// (.dependency-cruiser-known-violations.json), and says how many known ones remain, by rule.
// `depcruise --ignore-known` does the work; this script only adds what dependency-cruiser 17 does not
// do yet: ignore known *folder* violations (module cycles), which its baseline records but its
// --ignore-known leaves as errors (a TODO in its soften-known-violations.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

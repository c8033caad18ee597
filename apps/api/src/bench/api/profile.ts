// Reads a V8 CPU profile (`node --cpu-prof`) over a time window: self time by function and by
// package, idle and the profiler's own samples left out.
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  functions: { percent: number; name: string; where: string }[];
  packages: { percent: number; name: string }[];
}

const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/** Where a frame comes from: a package (node_modules), Relais's own source, node's internals, or V8 (GC). */
function packageOf(url: string, root: string): string {
  const modules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/dist/')) return 'relais';
  return url ? path.relative(root, url.replace(/^file:\/\//, '')) : '(v8)';
}

/** Self time of the samples whose timestamps (CLOCK_MONOTONIC µs) fall in [fromUs, toUs]. */
export function summarize(profile: CpuProfile, fromUs: number, toUs: number, root: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < fromUs || t > toUs) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
  }
  const fns = new Map<string, { us: number; name: string; where: string }>();
  const pkgs = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (NOT_WORK.has(functionName)) continue;
    busy += us;
    const pkg = functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(url, root);
    const file = url ? `${pkg} ${url.split('/').slice(-1)[0]}:${lineNumber + 1}` : pkg;
    const key = `${functionName}@${file}`;
    const entry = fns.get(key) ?? { us: 0, name: functionName || '(anonymous)', where: file };
    entry.us += us;
    fns.set(key, entry);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => (busy ? (100 * us) / busy : 0);
  return {
    busyMs: busy / 1000,
    functions: [...fns.values()].sort((a, b) => b.us - a.us).map((f) => ({ percent: pct(f.us), name: f.name, where: f.where })),
    packages: [...pkgs].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ percent: pct(us), name })),
  };
}

/** A garbage collection seen by bench/api/gc-probe.cjs: its kind, start (ms since the epoch) and pause. */
export interface GcEntry {
  kind: string;
  at: number;
  ms: number;
}

/** The collections that started inside [fromMs, toMs): how many, how long the young ones held the process, the share paused. */
export function gcPauses(entries: GcEntry[], fromMs: number, toMs: number) {
  const inside = entries.filter((e) => e.at >= fromMs && e.at < toMs);
  const minor = inside.filter((e) => e.kind === 'minor');
  const paused = inside.reduce((sum, e) => sum + e.ms, 0);
  return {
    minor: minor.length,
    minorMeanMs: minor.length ? minor.reduce((sum, e) => sum + e.ms, 0) / minor.length : 0,
    minorMaxMs: Math.max(0, ...minor.map((e) => e.ms)),
    major: inside.filter((e) => e.kind === 'major').length,
    pausedPercent: (100 * paused) / Math.max(1, toMs - fromMs),
  };
}

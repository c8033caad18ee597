// The servers the API benchmark starts: Relais from its compiled JavaScript (as `pnpm start` runs
// it), PostGraphile 4 as the peer, and for scale-out a load balancer in front of several Relais.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const here = path.dirname(fileURLToPath(import.meta.url));
export const apiRoot = path.resolve(here, '../../..');

export interface Server {
  url: string;
  pid: number;
  /** From the process's spawn to its first HTTP 200 on /healthz (Relais only). */
  firstOkMs?: number;
  stop(): Promise<void>;
}

async function firstOk(url: string, since: number): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(url)).status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

function waitForLine(child: ChildProcess, pattern: RegExp, label: string, ms = 600_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in ${ms / 1000} s:\n${out.slice(-2000)}`)), ms);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code}):\n${out.slice(-2000)}`));
    });
  });
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
}

/**
 * The node arguments of apps/api's `start` script (its flags and `dist/main.js`): the benches start
 * Relais as `pnpm start` does, flags included, read from the one place they are written (another
 * checkout's, for a "before", from its own).
 */
export function startArgs(root = apiRoot): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [node, ...args] = scripts.start.split(' ').filter(Boolean);
  if (node !== 'node') throw new Error(`${root}'s start script is not \`node …\`: ${scripts.start}`);
  return args;
}

/** Relais from apps/api/dist (built by scripts/build.mjs), or another checkout's `root`. Resolves once it says it is running. */
export async function startRelais(databaseUrl: string, port: number, env: Record<string, string> = {}, nodeArgs: string[] = [], root = apiRoot): Promise<Server> {
  if (!fs.existsSync(path.join(root, 'dist/main.js'))) throw new Error('Build the API first: pnpm --filter @relais/api build');
  const spawned = performance.now();
  // heap-probe.cjs answers `heapKb` (a garbage-collected heap figure) without touching the API's code.
  const child = spawn(process.execPath, ['--expose-gc', '--require', path.join(here, 'heap-probe.cjs'), ...nodeArgs, ...startArgs(root)], {
    cwd: root,
    // Production, except that its kiosk token may send the bench's own documents (the board's fields,
    // not its persisted hashes): with trusted documents only, every kiosk subscription was refused.
    env: { ...process.env, NODE_ENV: 'production', RELAIS_TRUSTED_DOCUMENTS_ONLY: '0', ...env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ok = firstOk(`http://127.0.0.1:${port}/healthz`, spawned);
  await waitForLine(child, /Relais is running/, 'Relais');
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, firstOkMs: await ok, stop: stopper(child) };
}

export async function startPostGraphile(databaseUrl: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, [path.join(here, 'postgraphile-server.cjs'), databaseUrl, String(port)], {
    cwd: apiRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /ready/, 'PostGraphile', 60_000);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

/** A round-robin load balancer (http-proxy, balancer.cjs) in a process of its own, HTTP and WebSocket upgrades both. */
export async function startBalancer(targets: string[], port: number): Promise<Server> {
  const child = spawn(process.execPath, [path.join(here, 'balancer.cjs'), String(port), ...targets], {
    cwd: apiRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /ready/, 'load balancer', 30_000);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
}

/** Heap and external memory (KB) a benchmark's Relais keeps after a full garbage collection (heap-probe.cjs). */
export async function heapKb(pid: number): Promise<number> {
  const file = path.join(os.tmpdir(), `relais-heap-${pid}.json`);
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 500 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20)); // written in one call; let it finish
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { heapUsed: number; external: number };
  return (m.heapUsed + m.external) / 1024;
}

/** Resident memory of a process (MB). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The benchmark's own database on `server` (created on first use; `fresh` drops it first), seeded by Relais's first start. */
export async function benchDatabase(server: string, name: string, fresh: boolean): Promise<string> {
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists && fresh) await admin.unsafe(`drop database ${name} with (force)`);
  if (!exists || fresh) await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

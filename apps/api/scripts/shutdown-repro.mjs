// Repro for shutdown hangs: start the compiled API, load it (keep-alive HTTP, graphql-ws subscribers),
// SIGTERM it mid-load and time the exit (a hang: still running HANG_MS after, default 10 s).
// Usage, after the build: DATABASE_URL=... node scripts/shutdown-repro.mjs RUNS (MAIN=other/main.js for an A/B).
import { spawn } from 'node:child_process';
import http from 'node:http';
import WebSocket from 'ws';

const runs = Number(process.argv[2] ?? 30);
const HANG_MS = Number(process.env.HANG_MS ?? 10_000);

async function once(i) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [process.env.MAIN ?? 'dist/main.js'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  while (!/Relais is running/.test(out)) {
    if (child.exitCode !== null) throw new Error(out);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 100));
  const password = /password "([^"]+)"/.exec(out)[1];
  const email = /\s(\S+@\S+)\s/.exec(out.slice(out.indexOf('Demo logins')))[1];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const post = (body, token) =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
        let b = '';
        res.on('data', (d) => (b += d)).on('end', () => resolve(b)).on('error', () => resolve(''));
      });
      req.on('error', () => resolve(''));
      req.end(JSON.stringify(body));
    });
  const login = JSON.parse(await post({ query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password } } }));
  const token = login.data.login.token;
  const sockets = [];
  for (let s = 0; s < 3; s++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    ws.on('error', () => {});
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    ws.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { permanenceChanged { type } }' } }));
    });
    sockets.push(ws);
  }
  // Load that keeps going through the SIGTERM: in-flight requests and keep-alive sockets.
  let loading = true;
  const load = Array.from({ length: 8 }, async () => {
    while (loading) await post({ query: '{ viewer { __typename } }' }, token);
  });
  await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1000));
  const t0 = Date.now();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  const how = await exited;
  clearTimeout(timer);
  const ms = Date.now() - t0;
  loading = false;
  await Promise.all(load);
  agent.destroy();
  for (const ws of sockets) ws.terminate();
  const hung = how.signal === 'SIGKILL';
  console.log(`run ${i}: ${hung ? 'HANG' : 'exit'} code=${how.code} signal=${how.signal} ${ms} ms`);
  if (hung || process.env.SHOW) console.log(out.split('\n').filter((l) => /shut|still|close|error|warn/i.test(l)).slice(-12).join('\n'));
  return { hung, ms };
}

const results = [];
for (let i = 1; i <= runs; i++) results.push(await once(i));
const times = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(`hangs ${results.filter((r) => r.hung).length}/${runs}; exit ms median ${times[Math.floor(times.length / 2)]} max ${times[times.length - 1]}`);

// Password guessing is slowed per account and client address, recorded in PostgreSQL (so every
// API process counts the same guesses), and a stranger cannot lock a real user out for long.
import http from 'node:http';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { loginAttempts } from '../../apps/api/src/db/schema/index.js';
import { startApp, type RunningApp } from '../../apps/api/src/http/app.js';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';

const NOW = new Date('2026-05-04T08:00:00Z');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});
afterAll(() => server?.close());

interface LoginAnswer {
  status: number;
  retryAfterHeader: string | undefined;
  token: string | null;
  retryAfterSeconds: number | null;
  code: string | null;
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token retryAfterSeconds userErrors { field code message } } }';

/** A login over plain HTTP from a chosen local address (127.0.0.x are all this machine), with extra headers. */
function login(url: string, email: string, password: string, from = '127.0.0.1', headers: Record<string, string> = {}): Promise<LoginAnswer> {
  const body = JSON.stringify({ query: LOGIN, variables: { input: { email, password } } });
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', localAddress: from, agent: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const payload = JSON.parse(text).data?.login;
        const header = res.headers['retry-after'];
        resolve({
          status: res.statusCode ?? 0,
          retryAfterHeader: Array.isArray(header) ? header[0] : header,
          token: payload?.token ?? null,
          retryAfterSeconds: payload?.retryAfterSeconds ?? null,
          code: payload?.userErrors?.[0]?.code ?? null,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const advance = (seconds: number) => (server.clock.now = new Date(server.clock.now.getTime() + seconds * 1000));

describe('login throttling', () => {
  it('50 wrong passwords in a row: only the first few are checked, and the right one is then refused with TOO_MANY_ATTEMPTS and Retry-After', async () => {
    const person = await makeStaff(server.db.db, 'SOCIAL_WORKER');
    const answers: LoginAnswer[] = [];
    for (let i = 0; i < 50; i++) answers.push(await login(server.url, person.email, `wrong-${i}`));
    const checked = answers.filter((a) => a.code === 'INVALID_CREDENTIALS').length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(answers.filter((a) => a.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(50 - checked);

    const right = await login(server.url, person.email, PASSWORD);
    expect(right.token).toBeNull();
    expect(right.code).toBe('TOO_MANY_ATTEMPTS');
    expect(right.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.retryAfterHeader).toBe(String(right.retryAfterSeconds));
    // Refusals are recorded in PostgreSQL, where every API process reads them.
    const refused = await server.db.db.select().from(loginAttempts).where(and(eq(loginAttempts.account, person.email.toLowerCase()), eq(loginAttempts.outcome, 'REFUSED')));
    expect(refused.length).toBe(51 - checked);
  });

  it('a guesser who waits as told needs hours for 50 guesses, and is then locked out for 15 minutes; after that the right password works', async () => {
    const person = await makeStaff(server.db.db, 'TELEPHONIST');
    const started = server.clock.now.getTime();
    let guesses = 0;
    while (guesses < 50) {
      const a = await login(server.url, person.email, `guess-${guesses}`);
      if (a.code === 'TOO_MANY_ATTEMPTS') advance(a.retryAfterSeconds ?? 1);
      else {
        expect(a.code).toBe('INVALID_CREDENTIALS');
        guesses++;
      }
    }
    const hours = (server.clock.now.getTime() - started) / 3_600_000;
    expect(hours).toBeGreaterThan(8);
    const right = await login(server.url, person.email, PASSWORD);
    expect(right).toMatchObject({ token: null, code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 15 * 60 });
    advance(15 * 60);
    expect((await login(server.url, person.email, PASSWORD)).token).toEqual(expect.any(String));
    console.info(`login throttle: 50 guesses on one account from one address take ${hours.toFixed(1)} h`);
  });

  it('100 parallel guesses are throttled, whatever X-Forwarded-For they claim (TRUST_PROXY unset)', async () => {
    const person = await makeStaff(server.db.db, 'DIRECTOR');
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => login(server.url, person.email, `parallel-${i}`, '127.0.0.1', { 'x-forwarded-for': `203.0.113.${i}` })),
    );
    const checked = answers.filter((a) => a.code === 'INVALID_CREDENTIALS').length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(answers.filter((a) => a.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(100 - checked);
    const addresses = await server.db.db.selectDistinct({ address: loginAttempts.address }).from(loginAttempts).where(eq(loginAttempts.account, person.email.toLowerCase()));
    expect(addresses.map((a) => a.address)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
  });

  it('the real user, from another address, is not locked out by a stranger for more than a minute', async () => {
    const person = await makeStaff(server.db.db, 'HOME_HELPER');
    // A stranger locks the account out from their own address…
    for (let i = 0; i < 30; i++) await login(server.url, person.email, `stranger-${i}`, '127.0.0.1');
    // …and fails again from 25 more addresses.
    for (let i = 0; i < 25; i++) await login(server.url, person.email, `spread-${i}`, `127.0.1.${i + 1}`);
    const user = await login(server.url, person.email, PASSWORD, '127.0.2.1');
    expect(user.code).toBe('TOO_MANY_ATTEMPTS');
    expect(user.retryAfterSeconds).toBeLessThanOrEqual(60);
    advance(user.retryAfterSeconds ?? 0);
    expect((await login(server.url, person.email, PASSWORD, '127.0.2.1')).token).toEqual(expect.any(String));
  });

  it('with TRUST_PROXY set, the address a trusted proxy forwards is the one counted', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'loopback' }), port: 0, host: '127.0.0.1' };
    const proxied: RunningApp = await startApp({ config, databaseUrl: server.db.url, clock: () => server.clock.now });
    try {
      const person = await makeStaff(server.db.db, 'TRAINEE');
      for (let i = 0; i < 20; i++) await login(proxied.url, person.email, `proxied-${i}`, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7' });
      const other = await login(proxied.url, person.email, PASSWORD, '127.0.0.1', { 'x-forwarded-for': '198.51.100.8' });
      expect(other.token).toEqual(expect.any(String));
      const rows = await server.db.db.selectDistinct({ address: loginAttempts.address }).from(loginAttempts).where(eq(loginAttempts.account, person.email.toLowerCase()));
      expect(rows.map((r) => r.address).sort()).toEqual(['198.51.100.7', '198.51.100.8']);
    } finally {
      await proxied.close();
    }
  });
});

// Documents under the size and depth limits that still did real work per field: ten copies of one
// telephonist's query (every sector's who-to-call chain with decades of absences) kept the API and
// /healthz busy for half a minute. Expensive fields weigh more, windows are bounded, and one session
// runs a few operations at once.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';

let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const l of server.demo?.logins ?? []) tokens[l.role] = await server.login(l.email);
});

afterAll(async () => {
  await server?.close();
});

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

async function post(query: string, token: string): Promise<GqlResult & { status: number; retryAfter: string | null }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { ...((await res.json()) as GqlResult), status: res.status, retryAfter: res.headers.get('retry-after') };
}

const CHAIN = (window: string) =>
  `sectors { caseload { visitsToday urgentOpen } whoToCall { chain { person { fullName absences(${window}) { id } } } } }`;
const aliased = (n: number, window: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${CHAIN(window)}`).join(' ')} }`;
const YEAR = 'from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z"';

describe('what a field costs', () => {
  it("the telephonist's 29-alias who-to-call document is refused before it runs (QUERY_TOO_COMPLEX)", async () => {
    const r = await post(aliased(29, YEAR), tokens.TELEPHONIST);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('one such alias still answers', async () => {
    const r = await post(aliased(1, YEAR), tokens.TELEPHONIST);
    expect(r.errors).toBeUndefined();
    expect(r.data?.a0.length).toBeGreaterThan(0);
  });

  it('absences are read over at most 400 days; decades are refused with BAD_USER_INPUT naming `to`', async () => {
    const r = await post(aliased(1, 'from: "2025-01-01T00:00:00Z", to: "2100-12-31T00:00:00Z"'), tokens.TELEPHONIST);
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('to');
  });
});

describe('operations of one session at once', () => {
  it('twenty at once from one session all answer, a few at a time', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, () => post(aliased(1, YEAR), tokens.TELEPHONIST)));
    expect(burst.filter((r) => r.errors)).toEqual([]);
  });

  it('a hundred and twenty heavy ones at once: past the queue some get TOO_MANY_REQUESTS (429, Retry-After), the rest answer; another session is not held back', async () => {
    const heavy = aliased(3, YEAR);
    // 4 run and 32 wait per session. The absences are locked while the burst arrives, so the four
    // running ones are held on it whatever the machine's speed: faster reads had let a burst finish
    // before it filled the queue, and the test then saw no refusal.
    const holder = postgres(server.db.url, { max: 1, onnotice: () => {} });
    let settled = 0;
    let burst: Promise<Awaited<ReturnType<typeof post>>[]> = Promise.resolve([]);
    try {
      await holder.begin(async (tx) => {
        await tx`lock table absences in access exclusive mode`;
        burst = Promise.all(Array.from({ length: 120 }, () => post(heavy, tokens.TELEPHONIST).finally(() => (settled += 1))));
        for (let waited = 0; settled < 120 - 4 - 32; waited += 50) {
          if (waited > 30_000) throw new Error(`only ${settled} of the burst answered while four were held`);
          await new Promise((r) => setTimeout(r, 50));
        }
        // The telephonist's session is full; the director's is not held back.
        const director = await post('{ viewer { __typename } }', tokens.DIRECTOR);
        expect(director.errors).toBeUndefined();
      });
    } finally {
      await holder.end();
    }
    const all = await burst;
    const refused = all.filter((r) => codes(r).includes('TOO_MANY_REQUESTS'));
    const answered = all.filter((r) => !r.errors);
    expect(refused.length).toBe(120 - 4 - 32);
    expect(answered.length).toBe(4 + 32);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.retryAfter).toBe('1');
    }
    // Once they are done, the session runs again.
    expect((await post(heavy, tokens.TELEPHONIST)).errors).toBeUndefined();
  });
});

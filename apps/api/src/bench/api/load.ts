// HTTP load with autocannon: each connection is its own signed-in person (a session of its own, as
// at 9:00 on a Monday), requests per second, latency percentiles and the server's CPU per request.
import autocannon from 'autocannon';
import { cpuMs } from './processes.js';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  cpuPerRequestMs: number;
  errors: number;
}

export async function gql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await gql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
    url,
    'mutation ($input: LoginInput!) { login(input: $input) { token userErrors { message } } }',
    { input: { email, password } },
  );
  if (!data.login.token) throw new Error(`login ${email}: ${JSON.stringify(data.login.userErrors)}`);
  return data.login.token;
}

/** `connections` clients sending `query` for `seconds`; tokens are spread one per connection. */
export async function load(url: string, pid: number, query: string, connections: number, seconds: number, tokens: string[] = []): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  let handedOut = 0;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        setupRequest: (req: autocannon.Request, context: { token?: string }) => {
          if (tokens.length === 0) return req;
          if (!context.token) context.token = tokens[handedOut++ % tokens.length];
          return { ...req, headers: { ...req.headers, authorization: `Bearer ${context.token}` } };
        },
      },
    ],
  });
  const cpu = cpuMs(pid) - cpuBefore;
  // Say what went wrong, not only how often: the status codes, socket errors and timeouts.
  if (result.errors + result.non2xx + result.timeouts) console.warn(`load ${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, status codes ${JSON.stringify(result.statusCodeStats)}`);
  // No answer in the run: no CPU per request to speak of (not the whole run's CPU over one).
  const total = result.requests.total || Number.NaN;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequestMs: cpu / total,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A real API server on a random port over a fresh database, with a clock the test can move.
import { loadConfig } from '../../apps/api/src/config.js';
import { startApp, type RunningApp } from '../../apps/api/src/http/app.js';
import { seedIfEmpty } from '../../apps/api/src/seed/run.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  wsUrl: string;
  app: RunningApp;
  db: TestDatabase;
  clock: { now: Date };
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GqlResult<T>>;
  login: (email: string, password?: string) => Promise<string>;
  demo?: Awaited<ReturnType<typeof seedIfEmpty>>;
  /** A second API process on the same database. */
  startPeer: () => Promise<RunningApp>;
  /** Stops the API process (the database stays): clients see a server that is down. */
  stop: () => Promise<void>;
  /** Starts it again on the same address and database, as after a restart. */
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startTestServer(options: { now?: Date; seed?: boolean; production?: boolean; trustedDocumentsOnly?: boolean; db?: TestDatabase } = {}): Promise<TestServer> {
  const db = options.db ?? (await createTestDatabase());
  const clock = { now: options.now ?? new Date() };
  const base = loadConfig({ NODE_ENV: options.production ? 'production' : 'test' });
  const config = { ...base, port: 0, host: '127.0.0.1', trustedDocumentsOnly: options.trustedDocumentsOnly ?? base.trustedDocumentsOnly };
  let app = await startApp({ config, databaseUrl: db.url, clock: () => clock.now });
  let running = true;
  const peers: RunningApp[] = [];
  const demo = options.seed ? await seedIfEmpty(app.db, app.services, clock.now) : undefined;

  const gql: TestServer['gql'] = async (query, variables, token) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<any>;
    return { ...body, status: res.status };
  };

  return {
    url: app.url,
    wsUrl: app.url.replace(/^http/, 'ws') + '/graphql',
    get app() {
      return app;
    },
    db,
    clock,
    gql,
    demo,
    login: async (email, password = 'relais-demo') => {
      const r = await gql<{ login: { token: string | null; userErrors: unknown[] } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }',
        { input: { email, password } },
      );
      const token = r.data?.login.token;
      if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(r)}`);
      return token;
    },
    startPeer: async () => {
      const peer = await startApp({ config: { ...config }, databaseUrl: db.url, clock: () => clock.now });
      peers.push(peer);
      return peer;
    },
    stop: async () => {
      if (running) await app.close();
      running = false;
    },
    restart: async () => {
      if (running) await app.close();
      app = await startApp({ config: { ...config, port: Number(new URL(app.url).port) }, databaseUrl: db.url, clock: () => clock.now });
      running = true;
    },
    close: async () => {
      for (const p of peers) await p.close();
      if (running) await app.close();
      if (!options.db) await db.drop();
    },
  };
}

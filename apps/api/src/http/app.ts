// One HTTP port: GraphQL at /graphql (POST and GET, plus graphql-ws), the board at /, calendar
// feeds, and /healthz once migrations are done and the database answers.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { getVariableValues, GraphQLError } from 'graphql';
import { sql } from 'drizzle-orm';
import { projectRoot, type Config } from '../config.js';
import { connect, type Database } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { isDatabaseUnavailable } from '../db/outage.js';
import { EventFeed } from '../events/feed.js';
import { bearerToken, buildContext, type Context } from '../graphql/context.js';
import { TrustedDocuments } from '../graphql/trusted-documents.js';
import { formatFault } from '../graphql/faults.js';
import { inFlightLimit } from '../graphql/in-flight.js';
import { anonymousMayRun, SUBSCRIPTION_OVER_HTTP_MESSAGE, subscriptionOverHttp, unauthenticated, validationRules, withShortEchoes } from '../graphql/limits.js';
import { introspectionGate } from '../graphql/introspection.js';
import { relaisSchema } from '../composition/schema.js';
import { compiledQueryGateway } from '../graphql/compiled-queries.js';
import { resolverProviders } from '../composition/resolvers.js';
import { contextSource } from '../composition/context.js';
import { ResolverContainer } from '../graphql/container.js';
import { serviceUnavailable, serviceUnavailableFormatted, serviceUnavailableStatus } from '../graphql/unavailable.js';
import { logger } from '../logger.js';
import { DayTurns } from '../time/day-turns.js';
import { createServices, type Services } from '../composition/services.js';
import { dropSharedFactsOnChange } from '../composition/shared-facts.js';
import { boardHeaders, graphqlHeaders } from './headers.js';
import { csrfRefusalInOurWords, graphqlHttp, isGraphqlPath, PREFLIGHT_HEADERS } from './graphql-http.js';
import { mayReadSchema, reportCsvHandler, reportingGate } from '../modules/reporting/index.js';
import { incidentDocumentHandlers } from '../modules/incidents/index.js';
import { SessionWatch } from './session-watch.js';
import { attachWebSocket } from './websocket.js';
import { RequestReads } from '../db/request-reads.js';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  clock?: () => Date;
}

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
  db: Database;
  close: () => Promise<void>;
  /** The step of `close` under way, for the log line of a shutdown that overran. */
  readonly closing: string | null;
}

const boardDist = path.join(projectRoot, 'apps/board/dist');
const HEALTH_TIMEOUT_MS = 2_000;
/** How long requests under way at shutdown may take to finish (a transaction and its outbox events commit). */
export const SHUTDOWN_GRACE_MS = 5_000;

/** One step of the start, in ms since the process began (RELAIS_START_TRACE=1, for bench:start). */
export function traceStart(config: Config, step: string): void {
  if (config.traceStart) process.stderr.write(`start: ${step} at ${performance.now().toFixed(0)} ms\n`);
}

/** How long an idle keep-alive connection is kept (Node's default: 5 s). */
export const KEEP_ALIVE_MS = 65_000;

export async function startApp({ config, databaseUrl, clock = () => new Date() }: AppOptions): Promise<RunningApp> {
  traceStart(config, 'modules loaded');
  const handle = connect(databaseUrl);
  let ready = false;
  await runMigrations(handle.db);
  traceStart(config, 'migrations checked');
  const feed = new EventFeed(handle.db, handle.sql);
  await feed.start();
  const services = createServices(handle.db, feed, config, clock);
  const sharedFactsWatch = dropSharedFactsOnChange(services.whoToCall, feed);
  traceStart(config, 'feed listening');
  const contexts = contextSource(services, new ResolverContainer(resolverProviders(services)));
  const schema = await relaisSchema();
  traceStart(config, 'schema built');
  const production = config.production;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(boardHeaders);
  // /graphql first, without Express (http/graphql-http.ts); set once Apollo has started.
  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  // Requests under way, counted for the shutdown's grace; once it has begun, each answer closes its
  // connection. A count, not a Set of responses: a long-lived Set's table, once in V8's old
  // generation, is rehashed into the old generation, and each table left behind kept the requests
  // then under way (and all they reached) through every young collection until a full one — the
  // p99's garbage-collection pauses (docs/performance.md, 2026-12-05).
  let underWay = 0;
  let drained: (() => void) | null = null;
  let closing: string | null = null;
  const httpServer = http.createServer((req, res) => {
    if (closing) res.setHeader('connection', 'close');
    underWay += 1;
    res.once('close', () => {
      underWay -= 1;
      if (!underWay) drained?.();
    });
    return graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res);
  });
  // Behind a load balancer the balancer must close an idle connection first: with Node's 5 s a socket
  // it was about to reuse was closed under it (502s in bench:api's 4-process read). 65 s outlasts the
  // usual 60 s idle timeouts (nginx, cloud balancers).
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  const sessions = new SessionWatch(handle.sql, services.auth, clock);
  await sessions.start();
  traceStart(config, 'sessions listening');
  const trusted = TrustedDocuments.load(projectRoot);
  const ws = attachWebSocket(httpServer, schema, services, contexts, sessions, trusted);

  const gate: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          if (!contextValue.viewer && (!operation || !anonymousMayRun(document, operation, production))) throw unauthenticated();
          // After the variables' own refusal (BAD_USER_INPUT, the executor's), so a document refused
          // before it runs gets one code over HTTP and graphql-ws alike.
          if (operation?.operation === 'subscription' && !getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) throw subscriptionOverHttp();
          // A query's reads are shared within it (db/request-reads.ts); a mutation's and a subscription's are not.
          if (operation?.operation === 'query') contextValue.reads = new RequestReads();
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    // The schema, with queries run compiled (graphql/compiled-queries.ts).
    gateway: compiledQueryGateway(schema, { compile: config.compileQueries }),
    csrfPrevention: { requestHeaders: PREFLIGHT_HEADERS },
    // main.ts owns SIGTERM. Apollo's own handler (outside NODE_ENV=test) ran stop() alongside ours,
    // and a second stop() while the first drains awaits a barrier Apollo never resolves: no exit.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Decided per viewer in production (introspectionGate): reporting tools and direction read the schema.
    introspection: true,
    // Not Apollo's hideSchemaDetailsFromClientErrors (validation only, everyone): introspectionGate strips
    // suggestions per viewer.
    includeStacktraceInErrorResponses: false,
    validationRules: validationRules(),
    // Apollo's cache-control plugin (installed unless disabled) wraps every field's resolver to
    // compute cache hints nobody reads: a tenth of the CPU of a 50-row list.
    plugins: [ApolloServerPluginCacheControlDisabled(), gate, introspectionGate(production, mayReadSchema), reportingGate(services.reportingTokens), inFlightLimit(), serviceUnavailableStatus],
    formatError: (formatted, error) => {
      formatted = withShortEchoes(formatted);
      // Apollo refuses a GET subscription (405) before our gate sees it: same words and code as over POST.
      if (formatted.extensions?.code === 'BAD_REQUEST' && formatted.message.startsWith('GET requests only support query operations, not subscription')) {
        return { message: SUBSCRIPTION_OVER_HTTP_MESSAGE, extensions: { code: 'SUBSCRIPTION_OVER_HTTP' } };
      }
      if (formatted.extensions?.code === 'BAD_REQUEST') return csrfRefusalInOurWords(formatted);
      // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit's own code
      // (QUERY_TOO_DEEP, TOO_MANY_ALIASES) is what clients act on, and what WebSocket clients get.
      const cause = error instanceof GraphQLError ? error.originalError : undefined;
      if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && cause instanceof GraphQLError && typeof cause.extensions.code === 'string') {
        return { ...formatted, extensions: { ...formatted.extensions, code: cause.extensions.code } };
      }
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(error)) {
        logger.warn('graphql request during a database outage');
        return serviceUnavailableFormatted;
      }
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') return formatFault(formatted, error, production);
      return formatted;
    },
  });
  await apollo.start();
  traceStart(config, 'apollo started');

  app.get('/healthz', async (_req, res) => {
    try {
      // An unreachable database must answer 503 now, not after the driver's retries.
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS).unref());
      await Promise.race([handle.db.execute(sql`select 1`), timeout]);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting' });
    } catch (err) {
      // Say which: a busy pool is not a database outage.
      const timedOut = err instanceof Error && err.message === 'health check timed out';
      res.status(503).json({ status: timedOut ? 'database did not answer in time' : 'database unreachable' });
    }
  });

  // The reports as CSV for a reporting tool or Excel (modules/reporting).
  app.get('/reports/:file', reportCsvHandler({ reports: services.reports, tokens: services.reportingTokens, viewerFor: (t, now) => services.auth.viewerFor(t, now), clock }));

  // Incident documents: download (checksum checked) and upload of files too large for GraphQL (modules/incidents).
  const documents = incidentDocumentHandlers({ incidents: services.incidents, viewerFor: (t, now) => services.auth.viewerFor(t, now), clock, logError: (msg, details) => logger.error(details, msg) });
  app.get('/incidents/documents/:id', documents.download);
  app.post('/incidents/:incidentId/documents', ...documents.upload);

  app.get('/calendar/:kind/:file', async (req, res) => {
    const match = /^([A-Za-z0-9_-]{16,})\.ics$/.exec(req.params.file);
    const kind = req.params.kind;
    const body =
      match && kind === 'staff'
        ? await services.calendar.staffFeed(match[1], clock())
        : match && kind === 'sector'
          ? await services.calendar.sectorFeed(match[1], clock())
          : null;
    if (!body) return void res.status(404).type('text/plain').send('No calendar at this address.');
    res.type('text/calendar; charset=utf-8').set('Cache-Control', 'private, max-age=300').send(body);
  });

  // The client's address as Express works it out (TRUST_PROXY: X-Forwarded-For from trusted proxies).
  const ipOf = Object.getOwnPropertyDescriptor(express.request, 'ip')!.get!;
  graphql = graphqlHttp({
    apollo,
    trusted,
    headers: graphqlHeaders(production),
    context: async (req, res, trustedDocument) => {
      try {
        return await buildContext(contexts, bearerToken(req.headers.authorization), undefined, {
          clientAddress: (ipOf.call({ app, headers: req.headers, socket: req.socket }) as string | undefined) ?? req.socket.remoteAddress ?? 'unknown',
          setResponseHeader: (name, value) => void res.setHeader(name, value),
          trustedDocument,
        });
      } catch (err) {
        throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
      }
    },
  });

  if (fs.existsSync(path.join(boardDist, 'index.html'))) {
    app.use(express.static(boardDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|calendar|healthz).*/, (_req, res) => res.sendFile(path.join(boardDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => res.type('text/plain').send('Relais API. The board is not built: run `pnpm --filter @relais/board build`.'));
  }

  // A request Express refused with a status (a malformed address, …): say why, in GraphQL's error shape.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err.status) return next(err);
    res.status(err.status).json({ errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  ready = true;
  traceStart(config, 'listening');
  // Visits already planned on the coming weeks' holidays (seeded, imported, or planned before a closing
  // day) are flagged at start, once listening: no request needs it first, and it cost the start a
  // few hundred milliseconds of SQL.
  await services.conflicts.recheckHolidays(clock());
  // ... and again each time the Brussels date turns on a running server: the 8-week window moves with it.
  const dayTurns = new DayTurns(clock, (err) => logger.error({ err }, 'the holiday recheck at the turn of the day failed'));
  dayTurns.start(() => services.conflicts.recheckHolidays(clock()));
  traceStart(config, 'holidays rechecked');
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  if (!config.publicUrl) config.publicUrl = url;

  return {
    url,
    port,
    services,
    db: handle.db,
    get closing() {
      return closing;
    },
    // Stop accepting, close the sockets, let requests under way finish (bounded), then timers,
    // listeners and the pool. Apollo's drain plugin ended keep-alive sockets between two of a
    // client's requests and then waited for the answer that could no longer be written.
    close: async () => {
      if (closing) return;
      closing = 'http connections';
      ready = false;
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      closing = 'websockets';
      await ws.close();
      closing = `${underWay} requests under way`;
      if (underWay) {
        const grace = setTimeout(() => drained?.(), SHUTDOWN_GRACE_MS);
        await new Promise<void>((resolve) => (drained = resolve));
        clearTimeout(grace);
        if (underWay) logger.warn({ requests: underWay }, 'shutdown grace over: requests still under way are cut');
      }
      httpServer.closeAllConnections();
      await closed;
      closing = 'timers and listeners';
      await dayTurns.stop();
      await sessions.stop();
      await apollo.stop();
      await sharedFactsWatch();
      await feed.stop();
      closing = 'database pool';
      await handle.close();
      closing = 'closed';
    },
  };
}

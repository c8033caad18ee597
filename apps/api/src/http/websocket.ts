// graphql-ws on the /graphql path: token in connection_init (4403 without a valid one), the Origin
// checked on upgrade, and the same validation limits as HTTP.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isDatabaseUnavailable } from '../db/outage.js';
import { buildContext, type Context, type ContextSource } from '../graphql/context.js';
import { allValidationRules, checkQuerySize, hideSuggestions } from '../graphql/limits.js';
import { formatLiveResult, SharedFrames, type FrameSocket } from '../graphql/shared-frames.js';
import { serviceUnavailable } from '../graphql/unavailable.js';
import { isBoardCredential, trustedDocumentRequired, unknownDocument, type TrustedDocuments } from '../graphql/trusted-documents.js';
import { logger } from '../logger.js';
import type { Services } from '../composition/services.js';
import { mayReadSchema } from '../modules/reporting/index.js';
import type { Viewer } from '../shared/viewer.js';
import type { SessionWatch } from './session-watch.js';

function originAllowed(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  // Non-browser clients send no Origin; browsers always do, and cross-site pages must not ride a session.
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function reject(socket: Duplex, status: string, why: string) {
  socket.write(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(why)}\r\n\r\n${why}`);
  socket.destroy();
}

// Documents parsed and validated once per text: 5,000 screens send the same few, and each parsed
// copy held per subscription was memory per idle connection.
const DOCUMENTS_KEPT = 200;
const WS_CLOSE_WAIT_MS = 1_000;

// The codes Apollo gives a document refused before it runs over HTTP, so a client reads the same
// `extensions.code` on both transports; a limit's own code (QUERY_TOO_DEEP…) is kept, as over HTTP.
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  if (typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function documentCache(schema: GraphQLSchema, production: boolean) {
  const kept = new Map<string, { document: DocumentNode; errors: readonly GraphQLError[] } | GraphQLError>();
  return (query: string) => {
    let entry = kept.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        entry = { document, errors: validate(schema, document, allValidationRules(production)).map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) };
      } catch (err) {
        entry = withCode(err instanceof GraphQLError ? err : new GraphQLError('Could not parse the query'), 'GRAPHQL_PARSE_FAILED');
      }
      if (kept.size >= DOCUMENTS_KEPT) kept.delete(kept.keys().next().value as string);
    } else kept.delete(query);
    kept.set(query, entry);
    return entry;
  };
}

export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, services: Services, contexts: ContextSource, sessions: SessionWatch, trusted: TrustedDocuments) {
  const { production, allowedOrigins } = services.config;
  // No per-message deflate: each frame would be compressed once per socket (5,000 times an event).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 100_000, perMessageDeflate: false });
  const documents = documentCache(schema, production);
  const frames = new SharedFrames(production);
  // In production, suggestions are for those who may read the schema (graphql/introspection.ts).
  const hidesSchema = (viewer: Viewer | null) => production && !mayReadSchema(viewer);
  // Where each operation's events go: its socket and operation id (the frame's own part).
  const targets = new WeakMap<ExecutionArgs, { socket: FrameSocket; id: string }>();

  httpServer.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') return reject(socket, '404 Not Found', 'WebSocket endpoint is /graphql');
    if (!originAllowed(req, allowedOrigins)) return reject(socket, '403 Forbidden', `Origin ${req.headers.origin} is not allowed`);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const cleanup = useServer<{ token?: unknown }, { token?: string; sessionId?: string; aborts?: Map<string, AbortController>; trusted?: Set<string> }>(
    {
      schema,
      connectionInitWaitTimeout: 3_000,
      onConnect: async (ctx) => {
        // The upgrade request (its headers, its parser state) is not read after the handshake: held
        // for the socket's life it was a few KB per idle screen.
        delete (ctx.extra as { request?: unknown }).request;
        const token = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : null;
        const viewer = await services.auth.viewerFor(token, services.clock()).catch((err: unknown) => {
          if (!isDatabaseUnavailable(err)) throw err;
          // 1013 "try again later": the client retries; 4403 would tell it the token is bad.
          ctx.extra.socket.close(1013, 'SERVICE_UNAVAILABLE: the database cannot be reached');
          return 'unavailable' as const;
        });
        if (viewer === 'unavailable') return false;
        // A reporting tool's token reads the reports over HTTP, never a live feed.
        if (!viewer || viewer.kind === 'REPORTING') return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.token = token ?? undefined;
        // Logout, revocation or expiry of this session closes this socket (4401).
        ctx.extra.sessionId = viewer.sessionId;
        sessions.watch(viewer.sessionId, ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.sessionId) sessions.unwatch(ctx.extra.sessionId, ctx.extra.socket);
      },
      onSubscribe: async (ctx, id, payload) => {
        // Each operation re-reads the session, so a revoked or expired token stops working at once.
        let viewer;
        try {
          viewer = await services.auth.viewerFor(ctx.extra.token, services.clock());
        } catch (err) {
          if (isDatabaseUnavailable(err)) return [serviceUnavailable({ http: false })];
          throw err;
        }
        if (!viewer) {
          return [new GraphQLError('The session has ended; log in again.', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        // The board's persisted documents, as over HTTP (graphql/trusted-documents.ts).
        const named = trusted.resolve(payload as { documentId?: unknown; extensions?: unknown });
        if (named.kind === 'unknown') return [unknownDocument()];
        const query = named.kind === 'trusted' ? named.query : payload.query;
        if (named.kind !== 'trusted' && services.config.trustedDocumentsOnly && isBoardCredential(viewer)) return [trustedDocumentRequired()];
        const tooBig = checkQuerySize(query);
        if (tooBig) return [tooBig];
        const parsed = documents(query);
        if (parsed instanceof GraphQLError) return [parsed];
        const { document, errors } = parsed;
        if (errors.length) {
          return hidesSchema(viewer) ? errors.map((e) => new GraphQLError(hideSuggestions(e.message), { nodes: e.nodes, extensions: e.extensions })) : [...errors];
        }
        const abort = new AbortController();
        const aborts = (ctx.extra.aborts ??= new Map());
        aborts.set(id, abort);
        if (named.kind === 'trusted') (ctx.extra.trusted ??= new Set()).add(id);
        const args = { schema, document, variableValues: payload.variables, operationName: payload.operationName } as ExecutionArgs;
        targets.set(args, { socket: ctx.extra.socket, id });
        return args;
      },
      subscribe: (args) => {
        const target = targets.get(args);
        return frames.subscribe(args, target?.socket, target?.id ?? '');
      },
      context: (ctx, id): Promise<Context> => buildContext(contexts, ctx.extra.token, ctx.extra.aborts?.get(id)?.signal, { trustedDocument: ctx.extra.trusted?.has(id) }),
      onComplete: (ctx, id) => {
        ctx.extra.trusted?.delete(id);
        ctx.extra.aborts?.get(id)?.abort();
        ctx.extra.aborts?.delete(id);
      },
      // The same answer to a fault as over HTTP: no statement, no parameters, a clear input error.
      // and, as over HTTP, no "Did you mean …?" (variable coercion) to those who may not read the schema.
      onNext: (_ctx, _id, _payload, args, result) => {
        const formatted = formatLiveResult(result, production);
        if (!formatted.errors?.length || !hidesSchema((args.contextValue as Context | undefined)?.viewer ?? null)) return formatted;
        return { ...formatted, errors: formatted.errors.map((e) => new GraphQLError(hideSuggestions(e.message), { nodes: e.nodes, path: e.path, extensions: e.extensions })) };
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors: errors.map((e) => e.message) }, 'websocket operation error');
      },
    },
    wss,
  );

  return {
    // 1001 "going away": graphql-ws clients reconnect (to another process, or this one restarted).
    // A client that does not answer the close within a second is cut: ws would wait 30 s for it.
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      const cut = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, WS_CLOSE_WAIT_MS);
      await cleanup.dispose();
      clearTimeout(cut);
    },
  };
}

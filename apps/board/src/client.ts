// The board's one GraphQL client, built and provided once at the app root: queries and the login
// mutation over HTTP (Bearer token), subscriptions over graphql-ws on the same /graphql path,
// and the live state of that socket (connected / reconnecting / offline, last update).
import { Client, fetchExchange, install as installUrql, makeOperation, mapExchange, subscriptionExchange, type ExecutionResult, type Operation } from '@urql/vue';
import { createClient as createWsClient, type Client as WsClient, type SubscribePayload } from 'graphql-ws';
import { reactive, readonly, type App, type InjectionKey } from 'vue';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionState {
  status: ConnectionStatus;
  /** When fresh data last arrived from the API. */
  lastUpdateAt: Date | null;
  /** Counts (re)connections of the socket: each one is a cue to re-read what may have been missed. */
  connects: number;
}

export interface BoardClient {
  urql: Client;
  connection: Readonly<ConnectionState>;
  /** Live queries call this when a fresh result arrives. */
  markUpdated(at?: Date): void;
  /** Drops the socket so it reconnects with the current token. */
  restart(): void;
  dispose(): void;
}

export interface BoardClientOptions {
  getToken: () => string | null;
  /** The GraphQL endpoint; by default /graphql on the page's own origin. */
  url?: string;
  /** How long the socket may stay down before the board says "offline" rather than "reconnecting". */
  offlineAfterMs?: number;
  /** The API closed the socket because the session ended (logout, revoked, expired) or refused the token. */
  onSessionEnded?: () => void;
}

// 4401: the API ended the session; 4403: it refused the token on (re)connection.
const SESSION_ENDED_CODES = [4401, 4403];

export const BoardClientKey: InjectionKey<BoardClient> = Symbol('relais board client');

const PONG_TIMEOUT_MS = 5_000;
const MAX_RETRY_WAIT_MS = 15_000;

/** graphql-ws's default back-off doubles without limit; a wall screen must keep trying every few seconds. */
function retryWait(retries: number): Promise<void> {
  const ms = Math.min(1_000 * 2 ** retries, MAX_RETRY_WAIT_MS) + Math.random() * 1_000;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Keeps the last `cursor` a subscription delivered in its own `after` variable. */
export function rememberCursor(variables: Record<string, unknown>, data: unknown): void {
  if (!('after' in variables) || !data || typeof data !== 'object') return;
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && 'cursor' in value && typeof value.cursor === 'string') variables.after = value.cursor;
  }
}

/**
 * The board's operations are trusted documents persisted at build (packages/schema codegen): each
 * carries its SHA-256 (`__meta__.hash`), sent as `extensions.persistedQuery` in place of the text, over
 * HTTP and WebSocket alike. The API runs the text it holds for that hash; in production a kiosk or board
 * session may run nothing else.
 */
export function namePersistedDocument(operation: Operation): Operation {
  const hash = (operation.query as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (operation.kind === 'teardown' || typeof hash !== 'string') return operation;
  const persistedQuery = { version: 1 as const, sha256Hash: hash.replace(/^sha256:/, '') };
  return makeOperation(operation.kind, { ...operation, extensions: { ...operation.extensions, persistedQuery } }, operation.context);
}

type ForwardableRequest = { query?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> };

/**
 * Forwards one urql subscription to graphql-ws. graphql-ws sends this very payload object again
 * each time it reconnects, so moving its `after` to the last cursor seen makes the server replay
 * exactly what happened while the socket was down.
 */
export function resumableSubscription(ws: Pick<WsClient, 'subscribe'>, request: ForwardableRequest) {
  const variables: Record<string, unknown> = { ...request.variables };
  const payload: SubscribePayload = { query: request.query ?? '', variables, extensions: request.extensions };
  return {
    subscribe(sink: { next(value: ExecutionResult): void; error(err: unknown): void; complete(): void }) {
      const dispose = ws.subscribe(payload, {
        next(result) {
          rememberCursor(variables, result.data);
          sink.next(result as ExecutionResult);
        },
        error: (err) => sink.error(err),
        complete: () => sink.complete(),
      });
      return { unsubscribe: dispose };
    },
  };
}

export function createBoardClient(options: BoardClientOptions): BoardClient {
  const httpUrl = options.url ?? new URL('/graphql', window.location.href).toString();
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  const offlineAfterMs = options.offlineAfterMs ?? 10_000;

  const state = reactive<ConnectionState>({ status: 'connecting', lastUpdateAt: null, connects: 0 });
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;

  const goOfflineLater = () => {
    if (offlineTimer !== undefined) return;
    offlineTimer = setTimeout(() => {
      offlineTimer = undefined;
      if (state.status !== 'connected') state.status = 'offline';
    }, offlineAfterMs);
  };
  const onBrowserOffline = () => {
    if (state.status !== 'connected') state.status = 'offline';
    // A connected socket may be half-open now; the missing pong will close it.
  };
  const onBrowserOnline = () => {
    if (state.status === 'offline') state.status = 'reconnecting';
  };
  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);

  const ws = createWsClient({
    url: wsUrl,
    connectionParams: () => ({ token: options.getToken() }),
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
    keepAlive: 10_000,
    on: {
      connecting: () => {
        if (state.status === 'connected') state.status = 'reconnecting';
        goOfflineLater();
      },
      connected: (s) => {
        socket = s as WebSocket;
        clearTimeout(offlineTimer);
        offlineTimer = undefined;
        state.status = 'connected';
        state.connects += 1;
      },
      closed: (event) => {
        socket = null;
        const code = (event as { code?: number } | undefined)?.code;
        if (code !== undefined && SESSION_ENDED_CODES.includes(code)) options.onSessionEnded?.();
        clearTimeout(pongTimer);
        if (state.status === 'connected') state.status = 'reconnecting';
        goOfflineLater();
      },
      // A ping without its pong means the link is dead though the socket looks open: close it to reconnect.
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Request Timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });

  const urql = new Client({
    url: httpUrl,
    // No document cache: the board always shows what the API says now, and a logout must leave
    // nothing of the previous viewer behind.
    requestPolicy: 'network-only',
    // POST with a JSON body: GET requests would trip the API's CSRF protection.
    preferGetMethod: false,
    fetchOptions: () => {
      const token = options.getToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
    exchanges: [mapExchange({ onOperation: namePersistedDocument }), fetchExchange, subscriptionExchange({ forwardSubscription: (request) => resumableSubscription(ws, request) })],
  });

  return {
    urql,
    connection: readonly(state),
    markUpdated(at = new Date()) {
      state.lastUpdateAt = at;
    },
    restart() {
      if (socket?.readyState === WebSocket.OPEN) socket.close(4205, 'Client Restart');
    },
    dispose() {
      clearTimeout(pongTimer);
      clearTimeout(offlineTimer);
      window.removeEventListener('offline', onBrowserOffline);
      window.removeEventListener('online', onBrowserOnline);
      void ws.dispose();
    },
  };
}

/** Provides the board client to the whole app: once, at the root. */
export function installBoardClient(app: App, board: BoardClient): void {
  app.provide(BoardClientKey, board);
  installUrql(app, board.urql);
}

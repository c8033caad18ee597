// The request context: the viewer, the clock and the per-request loaders, built once per HTTP
// request or per WebSocket operation. graphql/ names no module's service: what builds a context is
// a ContextSource, which the composition root provides (composition/context.ts).
import type { EventFeed } from '../events/feed.js';
import type { RequestReads } from '../db/request-reads.js';
import type { Viewer } from '../shared/viewer.js';
import type { ResolverContainer } from './container.js';
import type { Loaders } from './loaders.js';
import { perEvent } from './per-event.js';
import { isBoardCredential, trustedDocumentRequired } from './trusted-documents.js';

/** The outbox feed the subscriptions read (events/feed.ts), named by what they call on it. */
export type SubscriptionFeed = Pick<EventFeed, 'subscribe'>;

export interface Context {
  viewer: Viewer | null;
  now: Date;
  /** The service's clock now: a subscription's context lives long, so `now` is when it started. */
  clock: () => Date;
  /** The committed events, in commit order: what every subscription starts from. */
  feed: SubscriptionFeed;
  /** Builds the resolvers with their services (composition/resolvers.ts). */
  container: ResolverContainer;
  loaders: Loaders;
  /**
   * New, empty loaders: a subscription resolves each event against the database as it is now. With
   * the event's position, the subscribers of that event on this process share them (graphql/per-event.ts).
   */
  newLoaders: (eventPosition?: number) => Loaders;
  /** Aborted when the HTTP request or WebSocket operation ends. */
  signal?: AbortSignal;
  /** The client's address (behind a proxy only when TRUST_PROXY says so): login throttling counts by it. */
  clientAddress?: string;
  /** Sets an HTTP response header (e.g. Retry-After); absent over WebSocket. */
  setResponseHeader?: (name: string, value: string) => void;
  /** The operation is one of the board's persisted documents (graphql/trusted-documents.ts). */
  trustedDocument?: boolean;
  /** A query request's shared reads (db/request-reads.ts), set once the operation is known to be a query; none otherwise. */
  reads?: RequestReads;
}

/** What a context is built from, one per server: the composition root satisfies it. */
export interface ContextSource {
  clock(): Date;
  viewerFor(token: string | null | undefined, now: Date): Promise<Viewer | null>;
  /** `reads`: the query request's shared reads, which the loaders hand to the services. */
  createLoaders(reads?: RequestReads): Loaders;
  feed: SubscriptionFeed;
  container: ResolverContainer;
  /** Counts a bearer token that matched no live session against the client's address; throws (HTTP 429) past the limit. */
  refusedToken?(clientAddress: string, now: Date): Promise<void>;
  /** RELAIS_TRUSTED_DOCUMENTS_ONLY: the board's credentials run its persisted documents only. */
  trustedDocumentsOnly?: boolean;
}

export interface RequestInfo {
  clientAddress?: string;
  setResponseHeader?: (name: string, value: string) => void;
  trustedDocument?: boolean;
}

export async function buildContext(source: ContextSource, token: string | null | undefined, signal?: AbortSignal, request: RequestInfo = {}): Promise<Context> {
  const now = source.clock();
  const viewer = await source.viewerFor(token, now);
  // Over HTTP only: a WebSocket checks its token once, in connection_init.
  if (!viewer && token && request.clientAddress && source.refusedToken) await source.refusedToken(request.clientAddress, now);
  if (source.trustedDocumentsOnly && !request.trustedDocument && isBoardCredential(viewer)) throw trustedDocumentRequired();
  // The request's own fields only: what is the same for every request is on the prototype. Apollo
  // copies a context's own fields per operation (keeping its prototype): fewer to copy, and the
  // loaders, a getter there, are not made by the copy (before `reads` is set) but on first use.
  const context = Object.create(prototypeOf(source)) as Context;
  context.viewer = viewer;
  context.now = now;
  if (signal) context.signal = signal;
  if (request.clientAddress !== undefined) context.clientAddress = request.clientAddress;
  if (request.setResponseHeader) context.setResponseHeader = request.setResponseHeader;
  if (request.trustedDocument !== undefined) context.trustedDocument = request.trustedDocument;
  return context;
}

const prototypes = new WeakMap<ContextSource, object>();

/** What every context of `source` shares: the clock, feed, container, and the loaders made on first use. */
function prototypeOf(source: ContextSource): object {
  let proto = prototypes.get(source);
  if (proto) return proto;
  proto = {
    clock: source.clock,
    feed: source.feed,
    container: source.container,
    newLoaders: (position?: number) => (position === undefined ? source.createLoaders() : perEvent(source, position, 'loaders', () => source.createLoaders())),
  };
  // Made on first use, with the query's shared reads: an open subscription waiting for events holds none (memory per idle screen).
  Object.defineProperty(proto, 'loaders', {
    get(this: Context) {
      const loaders = source.createLoaders(this.reads);
      Object.defineProperty(this, 'loaders', { value: loaders, writable: true, enumerable: true, configurable: true });
      return loaders;
    },
    set(this: Context, loaders: Loaders) {
      Object.defineProperty(this, 'loaders', { value: loaders, writable: true, enumerable: true, configurable: true });
    },
  });
  prototypes.set(source, proto);
  return proto;
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match ? match[1] : null;
}

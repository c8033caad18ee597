// The request context: the viewer, the clock and the per-request loaders, built once per HTTP
// request or per WebSocket operation.
import type { Viewer } from '../modules/auth/viewer.js';
import type { ResolverContainer } from './container.js';
import type { Services } from './services.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  viewer: Viewer | null;
  now: Date;
  services: Services;
  /** Builds the resolvers with their services (composition/resolvers.ts). */
  container: ResolverContainer;
  loaders: Loaders;
  /** Aborted when the HTTP request or WebSocket operation ends. */
  signal?: AbortSignal;
  /** The client's address (behind a proxy only when TRUST_PROXY says so): login throttling counts by it. */
  clientAddress?: string;
  /** Sets an HTTP response header (e.g. Retry-After); absent over WebSocket. */
  setResponseHeader?: (name: string, value: string) => void;
}

export interface RequestInfo {
  clientAddress?: string;
  setResponseHeader?: (name: string, value: string) => void;
}

export async function buildContext(services: Services, container: ResolverContainer, token: string | null | undefined, signal?: AbortSignal, request: RequestInfo = {}): Promise<Context> {
  const now = services.clock();
  const viewer = await services.auth.viewerFor(token, now);
  return { viewer, now, services, container, loaders: createLoaders(services), signal, ...request };
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match ? match[1] : null;
}

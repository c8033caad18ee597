// What each request's context is built from (graphql/context.ts): the clock, the viewer's lookup,
// the loaders and the resolver container, over this server's services.
import type { ContextSource } from '../graphql/context.js';
import type { ResolverContainer } from '../graphql/container.js';
import { refusedTokenGate } from '../modules/reporting/index.js';
import { requestLoaders } from './loaders.js';
import type { Services } from './services.js';

export function contextSource(services: Services, container: ResolverContainer): ContextSource {
  return {
    clock: services.clock,
    viewerFor: (token, now) => services.auth.viewerFor(token, now),
    refusedToken: refusedTokenGate(services.reportingTokens),
    trustedDocumentsOnly: services.config.trustedDocumentsOnly,
    createLoaders: requestLoaders(services),
    feed: services.feed,
    container,
  };
}

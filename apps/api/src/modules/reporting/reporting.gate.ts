// The one place a reporting token is held to its bounds over GraphQL: a query of report fields only
// (no mutation, nothing personal), within its own rate limit (429 with Retry-After), every use recorded.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ReportingTokenService } from './reporting-token.service.js';
import { mayAskAsReportingTool, REPORTING } from './reporting-token.rules.js';

/** The root fields an operation asks for, through fragments (each fragment read once). */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const names = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names].sort();
}

export const REFUSED_TOKENS_MESSAGE = (s: number) => `Too many requests from this address with a token that is unknown, revoked or expired: try again in ${s} s.`;
const TOKEN_LIMIT_MESSAGE = (s: number) => `This reporting token's rate limit is reached: try again in ${s} s.`;

export function tooManyRequests(retryAfterSeconds: number, message = TOKEN_LIMIT_MESSAGE): GraphQLError {
  return new GraphQLError(message(retryAfterSeconds), {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

/** What the gate reads of the request context (graphql/context.ts). */
interface GateContext {
  viewer: { kind: string; sessionId: string } | null;
  now: Date;
}

export function reportingGate(tokens: ReportingTokenService): ApolloServerPlugin<GateContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const viewer = contextValue.viewer;
          if (viewer?.kind !== REPORTING || !operation) return;
          const fields = rootFields(document, operation);
          const what = `${operation.operation} ${fields.join(',')}`;
          if (!mayAskAsReportingTool(operation.operation, fields)) {
            await tokens.refuse(viewer.sessionId, what, contextValue.now);
            throw new GraphQLError('A reporting token reads the reports only (activityReport, hoursReport, …): no other query, no mutation.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          const gate = await tokens.admit(viewer.sessionId, what, contextValue.now);
          if (!gate.allowed) throw tooManyRequests(gate.retryAfterSeconds);
        },
      };
    },
  };
}

/**
 * For the request context (graphql/context.ts): a bearer token that matched no live session counts
 * against the client's address; past the limit, HTTP 429 with Retry-After instead of UNAUTHENTICATED.
 */
export function refusedTokenGate(tokens: ReportingTokenService) {
  return async (address: string, now: Date): Promise<void> => {
    const gate = await tokens.admitRefusedToken(address, now);
    if (!gate.allowed) throw tooManyRequests(gate.retryAfterSeconds, REFUSED_TOKENS_MESSAGE);
  };
}


// Introspection in production: reporting tools read the schema (their schema browsers need it) and so
// does signed-in direction; the kiosk, other staff and nobody are refused (400), as graphql's own rule words it,
// and get no "Did you mean …?" naming what they did not send either.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode } from 'graphql';
import type { Viewer } from '../shared/viewer.js';
import { hideSuggestions, unauthenticated } from './limits.js';

// Codes of a document refused before anything ran.
const BEFORE_RUN = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

export function introspectionGate(production: boolean, mayReadSchema: (viewer: Viewer | null) => boolean): ApolloServerPlugin<{ viewer: Viewer | null }> {
  // Apollo hands the same parsed document for the same text (its document store): checked once each.
  const checked = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (!production || mayReadSchema(contextValue.viewer)) return;
          let refused = checked.get(document);
          if (refused === undefined) {
            refused = validate(schema, document, [NoSchemaIntrospectionCustomRule])[0] ?? null;
            checked.set(document, refused);
          }
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        },
        // Every answer's errors, formatted: validation, variable coercion and the rest.
        async willSendResponse({ contextValue, response }) {
          const body = response.body;
          if (!production || body.kind !== 'single' || !body.singleResult.errors || mayReadSchema(contextValue.viewer)) return;
          // Signed out, a document refused before it ran (validation, variables) answers as one that
          // would have run: "log in first". Otherwise "Cannot query field "cod" on type "Sector"" against
          // UNAUTHENTICATED for `code` tells a stranger which names exist.
          if (!contextValue.viewer && body.singleResult.data === undefined && body.singleResult.errors.some((e) => BEFORE_RUN.has(String(e.extensions?.code)))) {
            const refused = unauthenticated();
            body.singleResult = { errors: [{ message: refused.message, extensions: { code: 'UNAUTHENTICATED' } }] };
            response.http.status = 401;
            return;
          }
          body.singleResult = { ...body.singleResult, errors: body.singleResult.errors.map((e) => ({ ...e, message: hideSuggestions(e.message) })) };
        },
      };
    },
  };
}

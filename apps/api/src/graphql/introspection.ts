// Introspection in production: reporting tools read the schema (their schema browsers need it) and so
// does signed-in direction; the kiosk, other staff and nobody are refused (400), as graphql's own rule words it.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Viewer } from '../shared/viewer.js';

export function introspectionGate(production: boolean, mayReadSchema: (viewer: Viewer | null) => boolean): ApolloServerPlugin<{ viewer: Viewer | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (!production || mayReadSchema(contextValue.viewer)) return;
          const [refused] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        },
      };
    },
  };
}

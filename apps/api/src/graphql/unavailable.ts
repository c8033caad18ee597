// The one answer while the database is unreachable, on HTTP and WebSocket: SERVICE_UNAVAILABLE
// with a hint to retry, in production too (never a bare "Internal server error").
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const RETRY_AFTER_SECONDS = 1;

const MESSAGE = 'The service is briefly unavailable: its database cannot be reached. Try again in a moment.';

/** With `http`, Apollo answers 503 and Retry-After; a WebSocket message carries the code alone. */
export function serviceUnavailable({ http = true } = {}): GraphQLError {
  const status = { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
  return new GraphQLError(MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', ...(http ? { http: status } : {}) } });
}

export const serviceUnavailableFormatted: GraphQLFormattedError = { message: MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };

/** A resolver that met the outage: answer 503 with Retry-After when nothing could be read. */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data == null && errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};

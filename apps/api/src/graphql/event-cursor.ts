// The `after` argument of every subscription: the position of the last event a client saw.
import { GraphQLError } from 'graphql';

export function afterPosition(after: unknown): number | null {
  if (after === null || after === undefined) return null;
  if (typeof after !== 'string' || !/^\d{1,15}$/.test(after)) {
    throw new GraphQLError('`after` must be a cursor given by an earlier event', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  }
  return Number(after);
}

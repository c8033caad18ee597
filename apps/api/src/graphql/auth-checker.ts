// The one place that checks @Authorized: no roles listed = any staff member (not the kiosk).
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { viewerRole } from '../shared/viewer.js';
import type { Context } from './context.js';

export const authChecker: AuthChecker<Context> = ({ context, info }, roles) => {
  const { viewer } = context;
  if (!viewer) throw new GraphQLError('Log in first: this needs a valid token.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  const allowed = roles.length === 0 ? viewer.kind === 'STAFF' : roles.includes(viewerRole(viewer));
  if (!allowed) {
    throw new GraphQLError(`Your role may not use ${info.parentType.name}.${info.fieldName}.`, { extensions: { code: 'FORBIDDEN' } });
  }
  return true;
};

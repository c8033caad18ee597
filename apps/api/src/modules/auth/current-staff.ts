// The staff member asking, as a resolver parameter: `@CurrentStaff() staff: StaffViewer`.
import { createParameterDecorator } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { StaffViewer } from './viewer.js';

/**
 * Only behind an @Authorized(...) that admits staff alone (no roles listed, or staff roles): the
 * auth checker runs first, so a kiosk or missing viewer here is a bug, never a user error.
 */
export function CurrentStaff() {
  return createParameterDecorator<Context>(({ context }): StaffViewer => {
    if (context.viewer?.kind !== 'STAFF') throw new Error('staff viewer expected');
    return context.viewer;
  });
}

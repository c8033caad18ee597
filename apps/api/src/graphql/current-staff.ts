// The staff member asking, as a resolver parameter: `@CurrentStaff() staff: StaffViewer`.
import { createParameterDecorator } from 'type-graphql';
import type { StaffViewer, Viewer } from '../shared/viewer.js';

/**
 * Only behind an @Authorized(...) that admits staff alone (no roles listed, or staff roles): the
 * auth checker runs first, so a kiosk or missing viewer here is a bug, never a user error.
 */
export function CurrentStaff() {
  // Typed by the one context field it reads.
  return createParameterDecorator<{ viewer: Viewer | null }>(({ context }): StaffViewer => {
    if (context.viewer?.kind !== 'STAFF') throw new Error('staff viewer expected');
    return context.viewer;
  });
}

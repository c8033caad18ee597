// What the permanence asks other modules, as small ports wired in the composition root.
export type { HolidayLookup } from '../holidays/index.js';

/** R11: who replaces a sector's sick social worker at an instant (the planning module answers). */
export interface ReplacementLookup {
  replacingIn(sectorId: string, at: Date): Promise<{ flyingWorkerId: string; socialWorkerId: string; startsAt: Date; endsAt: Date; endedEarlyAt: Date | null } | null>;
}

// The planning panel's data: the month's planning status and quota use per sector (R7, R8), the
// R11 replacement, the relay worker's queue size — kept live by the counts-only planning feed (which
// also tells of the visits and file checks that move the relay queue).
import { boardPlanningQuery, type BoardPlanningQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from './useLiveQuery';

export type PlanningBoard = BoardPlanningQuery['planningBoard'];

export function usePlanningBoard() {
  const live = useLiveQuery({
    query: boardPlanningQuery,
    variables: {},
    topics: ['planning'],
    // A replacement starts and ends by itself, with no event: read again then.
    changesAt: (data) => [data?.planningBoard.replacement?.startsAt, data?.planningBoard.replacement?.endsAt],
  });
  const board = computed(() => live.data.value?.planningBoard ?? null);
  return {
    board,
    /** Changes when a replacement is approved, starts, ends: R14's who-to-call follows it. */
    replacementKey: computed(() => {
      // Unknown until the first read: learning the replacement then is no change to follow.
      if (!board.value) return undefined;
      const r = board.value.replacement;
      return r ? `${r.kind}:${r.socialWorker.id}:${r.startsAt}:${r.endsAt}:${r.inProgress}` : 'none';
    }),
    loaded: live.loaded,
    error: live.error,
  };
}

// Per sector, the caseload counts of the board (today's visits, R1 overdue evaluations, urgent
// cases awaiting action) — kept live by the counts-only subscription, and read again at midnight.
import { boardSectorCaseloadsQuery, type BoardSectorCaseloadsQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from './useLiveQuery';

export type SectorCaseload = NonNullable<BoardSectorCaseloadsQuery['sectors'][number]['caseload']>;

export function useCaseloads() {
  const live = useLiveQuery({
    query: boardSectorCaseloadsQuery,
    variables: {},
    topics: ['caseload'],
    // At midnight "today" and "overdue" move with no event: read again then.
    changesAt: (data) => [data?.sectors[0]?.caseload.dayEndsAt],
  });
  return {
    bySector: computed(() => new Map((live.data.value?.sectors ?? []).map((s) => [s.id, s.caseload]))),
    loaded: live.loaded,
    error: live.error,
  };
}

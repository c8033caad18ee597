// Today's schedule changes (newest first) and the open schedule conflicts (most severe first, the
// API's order), kept live by the schedule and conflict feeds; "today" is the Brussels day.
import { boardScheduleQuery } from '@relais/schema';
import { computed, ref, onScopeDispose } from 'vue';
import { SERVICE_TIME_ZONE } from './useBrusselsTime';
import { useLiveQuery } from './useLiveQuery';

const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function useScheduleBoard(first = 20) {
  const day = ref(dayKey.format(new Date()));
  // Past midnight the day's list starts again.
  const ticker = setInterval(() => (day.value = dayKey.format(new Date())), 60_000);
  onScopeDispose(() => clearInterval(ticker));
  const live = useLiveQuery({ query: boardScheduleQuery, variables: () => ({ day: day.value, first }), topics: ['schedule', 'conflict', 'absence'] });
  const data = computed(() => live.data.value ?? null);
  return {
    day,
    changes: computed(() => data.value?.scheduleChanges.edges.map((e) => e.node) ?? []),
    changeCount: computed(() => data.value?.scheduleChanges.totalCount ?? 0),
    conflicts: computed(() => data.value?.scheduleConflicts.edges.map((e) => e.node) ?? []),
    conflictCount: computed(() => data.value?.scheduleConflicts.totalCount ?? 0),
    loaded: live.loaded,
    error: live.error,
  };
}

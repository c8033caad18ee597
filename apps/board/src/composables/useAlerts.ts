// Open alerts, most severe first then soonest (the API's order) — kept live.
import { boardAlertsQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from './useLiveQuery';

export function useAlerts(first = 50) {
  const live = useLiveQuery({ query: boardAlertsQuery, variables: { first } });
  const connection = computed(() => live.data.value?.alerts ?? null);
  return {
    alerts: computed(() => connection.value?.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    loaded: live.loaded,
    fetching: live.fetching,
    error: live.error,
    refetch: live.refetch,
  };
}

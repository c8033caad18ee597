// The "Rapports" page's data: the four reports over the year ending with the chosen month, one request.
import { boardReportsQuery } from '@relais/schema';
import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { satisfactionTable, sectorMonth, yearEnding, yearTrend } from './reportFigures';

export function useReports(month: Ref<string>) {
  const period = computed(() => yearEnding(month.value));
  const result = useQuery({ query: boardReportsQuery, variables: computed(() => ({ from: period.value.from, to: period.value.to })), requestPolicy: 'network-only' });
  const data = computed(() => result.data.value ?? null);
  return {
    period,
    sectors: computed(() => (data.value ? sectorMonth(data.value, month.value) : [])),
    trend: computed(() => (data.value ? yearTrend(data.value, period.value.months) : [])),
    weekendLoad: computed(() => data.value?.permanenceReport.weekendLoad ?? []),
    fairness: computed(() => data.value?.permanenceReport.weekendFairness ?? null),
    satisfaction: computed(() => (data.value ? satisfactionTable(data.value) : null)),
    loaded: computed(() => !!data.value),
    error: result.error,
  };
}

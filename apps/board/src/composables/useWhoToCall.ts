// R14: for every sector, who to call now (and from the next change of shift) — kept live, also when
// an R11 replacement by the flying social worker is approved or ended (R14 follows R11).
import { boardSectorsQuery } from '@relais/schema';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { ALL_TOPICS } from './useLiveEvents';
import { useLiveQuery } from './useLiveQuery';

/** `nextAt`: start of the next shift; null when there is none; undefined while not known yet. */
export function useWhoToCall(nextAt: MaybeRefOrGetter<string | null | undefined>) {
  const live = useLiveQuery({
    query: boardSectorsQuery,
    variables: () => {
      const at = toValue(nextAt) ?? null;
      return { nextAt: at, withNext: at !== null };
    },
    pause: () => toValue(nextAt) === undefined,
    topics: [...ALL_TOPICS, 'planning'],
    changesAt: () => [toValue(nextAt)],
  });
  return {
    sectors: computed(() => live.data.value?.sectors ?? []),
    loaded: live.loaded,
    fetching: live.fetching,
    error: live.error,
    refetch: live.refetch,
  };
}

// R14: for every sector, who to call now (and from the next change of shift) — kept live.
import { boardSectorsQuery } from '@relais/schema';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
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

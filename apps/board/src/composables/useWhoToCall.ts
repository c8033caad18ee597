// R14: for every sector, who to call now (and from the next change of shift). "Now" is read once (and
// after each reconnection) and then follows the API's who-to-call feed (`sectorsWhoToCallChanged`:
// absences, replacements, swaps, closing days, office hours and shifts starting or ending), instead of
// asking again on every event. The next-shift line is a forecast the feed does not carry: it is read
// again when the rota, absences or R11 replacements change, and at the change of shift.
import { boardSectorsNextQuery, boardSectorsQuery, sectorsWhoToCallChangedSubscription, type BoardWhoToCallFragment } from '@relais/schema';
import { useSubscription } from '@urql/vue';
import { computed, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useBoardClient } from './useBoardClient';
import { useLiveQuery } from './useLiveQuery';

// A safety net only: the feed keeps "now" right; a missed message would be corrected this late.
const NOW_REREAD_MS = 15 * 60_000;
const RESUBSCRIBE_AFTER_MS = 5_000;

/** `nextAt`: start of the next shift; null when there is none; undefined while not known yet. */
export function useWhoToCall(nextAt: MaybeRefOrGetter<string | null | undefined>) {
  const board = useBoardClient();
  const nowRead = useLiveQuery({
    query: boardSectorsQuery,
    variables: { nextAt: null, withNext: false },
    topics: [],
    refreshEveryMs: NOW_REREAD_MS,
  });
  const nextRead = useLiveQuery({
    query: boardSectorsNextQuery,
    variables: () => ({ nextAt: toValue(nextAt) ?? '' }),
    pause: () => !toValue(nextAt),
    topics: ['permanence', 'absence', 'planning'],
    changesAt: () => [toValue(nextAt)],
  });

  // Answers the feed brought since the last read, by sector id; a fresh read replaces them.
  const fed = shallowRef(new Map<string, BoardWhoToCallFragment>());
  watch(nowRead.data, () => (fed.value = new Map()));
  const feed = useSubscription({ query: sectorsWhoToCallChangedSubscription }, (_previous, data) => {
    const next = new Map(fed.value);
    for (const answer of data.sectorsWhoToCallChanged.answers) next.set(answer.sector.id, answer);
    fed.value = next;
    board.markUpdated();
    return data;
  });
  // The socket's reconnects keep the subscription (and read "now" again); this is for one the API ended.
  let retry: ReturnType<typeof setTimeout> | undefined;
  watch(feed.error, (error) => {
    if (!error) return;
    clearTimeout(retry);
    retry = setTimeout(() => {
      feed.executeSubscription();
      nowRead.refetch();
    }, RESUBSCRIBE_AFTER_MS);
  });
  onScopeDispose(() => clearTimeout(retry));

  const nextBySector = computed(() => new Map((nextRead.data.value?.sectors ?? []).map((s) => [s.id, s.next])));
  return {
    sectors: computed(() =>
      (nowRead.data.value?.sectors ?? []).map((s) => {
        const next = toValue(nextAt) ? nextBySector.value.get(s.id) : undefined;
        return { ...s, now: fed.value.get(s.id) ?? s.now, ...(next ? { next } : {}) };
      }),
    ),
    loaded: nowRead.loaded,
    fetching: nowRead.fetching,
    error: nowRead.error,
    refetch: () => {
      nowRead.refetch();
      nextRead.refetch();
    },
  };
}

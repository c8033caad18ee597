// Who holds the service's permanence now, next, and the coming week-end — kept live.
import { boardOnCallQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from './useLiveQuery';

export function useOnCallNow() {
  const live = useLiveQuery({
    query: boardOnCallQuery,
    variables: {},
    changesAt: (data) => {
      const onCall = data?.permanenceOnCall;
      return [onCall?.current?.endsAt, onCall?.next?.startsAt, onCall?.weekend?.startsAt];
    },
  });
  const onCall = computed(() => live.data.value?.permanenceOnCall ?? null);
  return {
    at: computed(() => onCall.value?.at ?? null),
    current: computed(() => onCall.value?.current ?? null),
    next: computed(() => onCall.value?.next ?? null),
    weekend: computed(() => onCall.value?.weekend ?? null),
    loaded: live.loaded,
    fetching: live.fetching,
    error: live.error,
    refetch: live.refetch,
  };
}

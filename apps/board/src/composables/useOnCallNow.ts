// Who holds the service's permanence now, next, and the coming week-end — kept live.
import { boardOnCallQuery, type BoardOnCallQuery } from '@relais/schema';
import { computed } from 'vue';
import type { LiveEvent } from './useLiveEvents';
import { useLiveQuery } from './useLiveQuery';

/** A permanence event's shift put in place of the same shift now, next or at the week-end (a new holder at once). */
export function withEventShift(data: BoardOnCallQuery, event: LiveEvent): BoardOnCallQuery | undefined {
  const shift = event.shift;
  const onCall = data.permanenceOnCall;
  if (!shift || ![onCall.current, onCall.next, onCall.weekend].some((s) => s?.id === shift.id)) return undefined;
  const swap = <S extends { id: string } | null | undefined>(s: S) => (s?.id === shift.id ? shift : s);
  return { ...data, permanenceOnCall: { ...onCall, current: swap(onCall.current), next: swap(onCall.next), weekend: swap(onCall.weekend) } };
}

export function useOnCallNow() {
  const live = useLiveQuery({
    query: boardOnCallQuery,
    variables: {},
    applyEvent: withEventShift,
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

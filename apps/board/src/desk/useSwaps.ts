// The desk's swaps (R13): the pending ones (all for approvers; for a colleague, hers and the open
// offers she could take), re-read when the rota changes and after each step taken from the desk.
import { deskSwapsPendingQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from '../composables/useLiveQuery';

export function useDeskSwaps() {
  const live = useLiveQuery({ query: deskSwapsPendingQuery, variables: {}, topics: ['permanence'] });
  return {
    swaps: computed(() => live.data.value?.permanenceSwapsPending ?? []),
    refetch: live.refetch,
    error: live.error,
  };
}

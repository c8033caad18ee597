// The desk's swaps (R13): the pending ones (all for approvers; for a colleague, hers and the open
// offers she could take), re-read at each step of a swap (permanenceSwapChanged), each change of the
// rota, and after each step taken from this desk.
import { deskSwapsPendingQuery } from '@relais/schema';
import { computed } from 'vue';
import { useLiveQuery } from '../composables/useLiveQuery';

export function useDeskSwaps() {
  const live = useLiveQuery({ query: deskSwapsPendingQuery, variables: {}, topics: ['permanence', 'swap'] });
  return {
    swaps: computed(() => live.data.value?.permanenceSwapsPending ?? []),
    refetch: live.refetch,
    error: live.error,
  };
}

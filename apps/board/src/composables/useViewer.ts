// Who the board reads as (a kiosk screen or a staff member); a token the API no longer knows
// sends the screen back to the login form.
import { boardViewerQuery } from '@relais/schema';
import { useQuery } from '@urql/vue';
import { computed, watch } from 'vue';
import { useAuth } from './useAuth';

export function useViewer() {
  const auth = useAuth();
  const result = useQuery({ query: boardViewerQuery, requestPolicy: 'network-only' });
  watch([result.data, result.error], ([data, error]) => {
    const rejected = error?.response?.status === 401 || (data !== undefined && data.viewer === null && !error);
    if (rejected) auth.invalidate();
  });
  return {
    viewer: computed(() => result.data.value?.viewer ?? null),
    error: result.error,
  };
}

// The live link to the API as the screen shows it: connected / reconnecting / offline, last update.
import { computed } from 'vue';
import { useBoardClient } from './useBoardClient';

export function useConnection() {
  const { connection } = useBoardClient();
  return {
    status: computed(() => connection.status),
    lastUpdateAt: computed(() => connection.lastUpdateAt),
    /** Bumps on every (re)connection of the socket. */
    connects: computed(() => connection.connects),
  };
}

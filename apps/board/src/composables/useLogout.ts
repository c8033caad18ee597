// Forgetting the screen's token: the API revokes the session first (its sockets close on every
// API process), then the screen forgets it, even when the API cannot be reached.
import { boardLogoutMutation } from '@relais/schema';
import { useMutation } from '@urql/vue';
import { useAuth } from './useAuth';

export function useLogout() {
  const auth = useAuth();
  const mutation = useMutation(boardLogoutMutation);

  async function logout(): Promise<void> {
    try {
      await mutation.executeMutation({});
    } finally {
      auth.forget();
    }
  }

  return { logout, pending: mutation.fetching };
}

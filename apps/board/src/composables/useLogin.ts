// The login form's use case: the `login` mutation, its user errors, and keeping the token.
import { boardLoginMutation } from '@relais/schema';
import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { useAuth } from './useAuth';

export interface LoginFailure {
  code: string;
  message: string;
}

export function useLogin() {
  const auth = useAuth();
  const mutation = useMutation(boardLoginMutation);
  const failure = ref<LoginFailure | null>(null);

  async function login(email: string, password: string): Promise<boolean> {
    failure.value = null;
    const result = await mutation.executeMutation({ input: { email, password } });
    if (result.error) {
      failure.value = { code: 'NETWORK', message: result.error.message };
      return false;
    }
    const payload = result.data?.login;
    if (!payload?.token) {
      const first = payload?.userErrors[0];
      failure.value = { code: first?.code ?? 'UNKNOWN', message: first?.message ?? '' };
      return false;
    }
    auth.setToken(payload.token);
    return true;
  }

  return { login, pending: mutation.fetching, failure };
}

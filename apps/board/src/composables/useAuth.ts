// The token store provided at the root (see ../auth.ts), with a clear error when it is missing.
import { inject } from 'vue';
import { AuthKey, type Auth } from '../auth';

export function useAuth(): Auth {
  const auth = inject(AuthKey, null);
  if (!auth) throw new Error('No Relais auth store was provided: app.provide(AuthKey, createAuth()) at the app root (src/main.ts).');
  return auth;
}

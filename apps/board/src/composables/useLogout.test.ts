import { createApp, effectScope } from 'vue';
import { install as installUrql } from '@urql/vue';
import { describe, expect, it } from 'vitest';
import { AuthKey, createAuth } from '../auth';
import { BoardClientKey } from '../client';
import { createFakeApi, settle } from '../testing/fakeApi';
import { useLogout } from './useLogout';

function storedBrowser(token: string) {
  const store = new Map([['relais.board.token', token]]);
  const localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) } as Storage;
  const history = { state: null, replaceState: () => undefined } as unknown as History;
  return { location: { href: 'https://relais.example/' } as Location, history, localStorage };
}

function run(api: ReturnType<typeof createFakeApi>, auth: ReturnType<typeof createAuth>) {
  const app = createApp({ render: () => null });
  app.provide(BoardClientKey, api.board);
  app.provide(AuthKey, auth);
  installUrql(app, api.board.urql);
  return app.runWithContext(() => effectScope().run(() => useLogout()))!;
}

describe('useLogout', () => {
  it('"forget the token" asks the API to revoke the session, then forgets it on the screen', async () => {
    const api = createFakeApi({ BoardLogout: () => ({ data: { logout: { loggedOut: true } } }) });
    const auth = createAuth(storedBrowser('screen-token'));
    await run(api, auth).logout();
    expect(api.calls('BoardLogout')).toHaveLength(1);
    expect(auth.token.value).toBeNull();
  });

  it('forgets the token even when the API cannot be reached', async () => {
    const api = createFakeApi({ BoardLogout: () => ({ errors: [{ message: 'network down' }] }) as never });
    const auth = createAuth(storedBrowser('screen-token'));
    await run(api, auth).logout();
    await settle();
    expect(auth.token.value).toBeNull();
  });
});

// Sessions and kiosk tokens through GraphQL: tokens are stored hashed, kiosks read the board only,
// and direction can revoke a screen's token at once.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema/index.js';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let directorToken: string;
let relayToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const director = await makeStaff(server.db.db, 'DIRECTOR');
  const relay = await makeStaff(server.db.db, 'RELAY_CONTROL_SOCIAL_WORKER');
  directorToken = await server.login(director.email, PASSWORD);
  relayToken = await server.login(relay.email, PASSWORD);
});
afterAll(() => server?.close());

const CREATE = `mutation ($input: KioskTokenCreateInput!) { kioskTokenCreate(input: $input) { token expiresAt userErrors { field code } } }`;

describe('kiosk tokens', () => {
  it('only direction creates them, with a label; the token is stored hashed', async () => {
    const refused = await server.gql(CREATE, { input: { label: 'Salle 1' } }, relayToken);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noLabel = await server.gql(CREATE, { input: { label: ' ' } }, directorToken);
    expect(noLabel.data?.kioskTokenCreate).toMatchObject({ token: null, userErrors: [{ field: ['input', 'label'], code: 'REQUIRED' }] });
    const r = await server.gql(CREATE, { input: { label: 'Salle 1' } }, directorToken);
    const token = r.data?.kioskTokenCreate.token as string;
    expect(token.length).toBeGreaterThan(30);
    const stored = await server.db.db.select({ hash: sessions.tokenHash }).from(sessions);
    expect(stored.some((s) => s.hash === token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.hash))).toBe(true);
  });

  it('a revoked kiosk token stops working at once, over HTTP and for new WebSocket operations', async () => {
    const token = (await server.gql(CREATE, { input: { label: 'Salle 2' } }, directorToken)).data?.kioskTokenCreate.token as string;
    expect((await server.gql('{ viewer { kind } }', {}, token)).data?.viewer).toEqual({ kind: 'KIOSK' });
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    const first = await client.iterate({ query: '{ viewer { kind } }' }).next();
    expect(first.value?.data).toEqual({ viewer: { kind: 'KIOSK' } });

    const list = await server.gql('{ kioskTokens { id label revokedAt } }', {}, directorToken);
    const mine = list.data?.kioskTokens.find((k: any) => k.label === 'Salle 2');
    const revoke = await server.gql(`mutation ($input: KioskTokenRevokeInput!) { kioskTokenRevoke(input: $input) { kioskToken { revokedAt } userErrors { code } } }`, { input: { id: mine.id } }, directorToken);
    expect(revoke.data?.kioskTokenRevoke.userErrors).toEqual([]);
    expect(revoke.data?.kioskTokenRevoke.kioskToken.revokedAt).toBe(server.clock.now.toISOString());

    expect((await server.gql('{ sectors { name } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await client
      .iterate({ query: '{ viewer { kind } }' })
      .next()
      .then(
        () => 'answered',
        // Refused by the operation's own check, or the revocation already closed the socket (4401) and
        // the client's new connection with the revoked token is refused (4403 Forbidden).
        (err: unknown) => (Array.isArray(err) ? err.map((e: { message: string }) => e.message).join() : String((err as { reason?: string }).reason)),
      );
    expect(refused).toMatch(/session has ended|session ended|Forbidden/i);
    await client.dispose();
  });
});

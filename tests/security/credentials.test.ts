// Credentials that can go away: the first kiosk token is minted once, not at every start; calendar
// feed links can be rotated and revoked; sector links go only to those who need them; feeds carry
// names, not phone numbers.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../apps/api/src/db/schema/index.js';
import { seedIfEmpty } from '../../apps/api/src/seed/run.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, type World } from '@support/world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: World;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2026-12-31' });
  director = await w.token(w.director);
});
afterAll(() => server?.close());

const ROTATE = 'mutation ($input: CalendarLinkInput!) { calendarLinkRotate(input: $input) { calendarUrl userErrors { field code } } }';
const REVOKE = 'mutation ($input: CalendarLinkInput!) { calendarLinkRevoke(input: $input) { calendarUrl userErrors { field code } } }';
const feed = (url: string) => fetch(new URL(new URL(url).pathname, server.url));
const staffUrl = async (gid: string, token: string) =>
  (await server.gql(`query ($id: ID!) { node(id: $id) { ... on Staff { calendarUrl } } }`, { id: gid }, token)).data?.node.calendarUrl as string | null;
const sectorUrl = async (token: string) => (await server.gql(`{ sectors { id calendarUrl } }`, {}, token)).data?.sectors.find((s: { id: string }) => s.id === w.sector.gid)?.calendarUrl as string | null;

describe('kiosk tokens at start', () => {
  it('a start mints the first kiosk token only when no screen has one in force', async () => {
    const kiosks = async () => (await server.db.db.select().from(sessions).where(eq(sessions.kind, 'KIOSK'))).length;
    const before = await kiosks();
    // What every start of the API runs: the world's kiosk token is in force, so nothing is minted.
    expect((await seedIfEmpty(server.app.db, server.app.services, server.clock.now)).kioskToken).toBeNull();
    expect((await seedIfEmpty(server.app.db, server.app.services, server.clock.now)).kioskToken).toBeNull();
    expect(await kiosks()).toBe(before);

    const list = await server.gql('{ kioskTokens { id revokedAt } }', {}, director);
    for (const k of list.data?.kioskTokens.filter((k: { revokedAt: string | null }) => !k.revokedAt) ?? []) {
      await server.gql('mutation ($input: KioskTokenRevokeInput!) { kioskTokenRevoke(input: $input) { userErrors { code } } }', { input: { id: k.id } }, director);
    }
    const minted = (await seedIfEmpty(server.app.db, server.app.services, server.clock.now)).kioskToken;
    expect(minted).toEqual(expect.any(String));
    expect((await server.gql('{ viewer { kind } }', {}, minted)).data?.viewer).toEqual({ kind: 'KIOSK' });
    expect((await seedIfEmpty(server.app.db, server.app.services, server.clock.now)).kioskToken).toBeNull();
    expect(await kiosks()).toBe(before + 1);
  });
});

describe('calendar feed links', () => {
  it('direction rotates a person’s link: the old one answers 404 at once, the new one serves the feed', async () => {
    const old = (await staffUrl(w.p1.gid, director)) as string;
    expect((await feed(old)).status).toBe(200);
    const r = await server.gql(ROTATE, { input: { ownerId: w.p1.gid } }, director);
    const fresh = r.data?.calendarLinkRotate.calendarUrl as string;
    expect(r.data?.calendarLinkRotate.userErrors).toEqual([]);
    expect(fresh).toMatch(/\/calendar\/staff\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(fresh).not.toBe(old);
    expect((await feed(old)).status).toBe(404);
    expect((await feed(fresh)).status).toBe(200);
    expect(await staffUrl(w.p1.gid, await w.token(w.p1))).toBe(fresh);
  });

  it('a person rotates and revokes their own link, and nobody else’s', async () => {
    const own = await w.token(w.p2);
    const rotated = await server.gql(ROTATE, { input: { ownerId: w.p2.gid } }, own);
    expect(rotated.data?.calendarLinkRotate.calendarUrl).toMatch(/\.ics$/);
    const other = await server.gql(ROTATE, { input: { ownerId: w.p1.gid } }, own);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sector = await server.gql(REVOKE, { input: { ownerId: w.sector.gid } }, own);
    expect(sector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoked = await server.gql(REVOKE, { input: { ownerId: w.p2.gid } }, own);
    expect(revoked.data?.calendarLinkRevoke).toEqual({ calendarUrl: null, userErrors: [] });
    expect((await feed(rotated.data?.calendarLinkRotate.calendarUrl)).status).toBe(404);
    expect(await staffUrl(w.p2.gid, own)).toBeNull();
  });

  it('direction revokes and rotates a sector’s link', async () => {
    const old = (await sectorUrl(director)) as string;
    expect((await feed(old)).status).toBe(200);
    expect((await server.gql(REVOKE, { input: { ownerId: w.sector.gid } }, director)).data?.calendarLinkRevoke.userErrors).toEqual([]);
    expect((await feed(old)).status).toBe(404);
    expect(await sectorUrl(director)).toBeNull();
    const fresh = (await server.gql(ROTATE, { input: { ownerId: w.sector.gid } }, director)).data?.calendarLinkRotate.calendarUrl as string;
    expect((await feed(fresh)).status).toBe(200);
    expect(await sectorUrl(director)).toBe(fresh);
  });

  it('a bad owner ID is a userError naming the field', async () => {
    const r = await server.gql(ROTATE, { input: { ownerId: w.shifts[0].gid } }, director);
    expect(r.data?.calendarLinkRotate.userErrors).toEqual([{ field: ['input', 'ownerId'], code: 'UNKNOWN_OWNER' }]);
  });

  it('sector links go to the rota keepers and the sector’s own social worker only', async () => {
    expect(await sectorUrl(director)).toMatch(/\.ics$/);
    expect(await sectorUrl(await w.token(w.relay))).toMatch(/\.ics$/);
    expect(await sectorUrl(await w.token(w.sw))).toMatch(/\.ics$/);
    for (const who of [w.telephonist, w.helper, w.spare, w.flying]) expect(await sectorUrl(await w.token(who))).toBeNull();
  });

  it('feeds carry the holders’ names, not their phone numbers', async () => {
    const personal = await (await feed((await staffUrl(w.p1.gid, director)) as string)).text();
    const sector = await (await feed((await sectorUrl(director)) as string)).text();
    for (const ics of [personal, sector]) {
      expect(ics).toContain('Paul Premier & Pia Second');
      for (const phone of [w.p1.phone, w.p2.phone]) expect(ics).not.toContain(phone as string);
    }
  });
});

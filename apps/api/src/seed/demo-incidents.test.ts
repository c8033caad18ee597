// The demo shows an incident being followed: declared by the demo family helper at a home she works
// at, sent to the insurer by her social worker, with a PDF statement that downloads intact.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { DEMO_INCIDENT_HELPER, seedDemoIncident } from './demo-incidents.js';

let server: TestServer;
const LIST = `{ incidents { totalCount edges { node { id status insurerReference occurredLocal declaredBy { email } sector { code }
  statusChanges { from to by { role } } documents { fileName mediaType sizeBytes sha256 downloadPath } } } } }`;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
}, 180_000);
afterAll(() => server?.close());

describe('demo incident', () => {
  it('is declared by the demo helper, sent to the insurer by her sector’s social worker, with a statement that downloads intact', async () => {
    const helper = await server.login(DEMO_INCIDENT_HELPER);
    const r = await server.gql(LIST, {}, helper);
    expect(r.errors).toBeUndefined();
    expect(r.data?.incidents.totalCount).toBe(1);
    const incident = r.data?.incidents.edges[0].node;
    expect(incident).toMatchObject({ status: 'SENT_TO_INSURER', declaredBy: { email: DEMO_INCIDENT_HELPER }, statusChanges: [{ from: null, to: 'DECLARED', by: { role: 'FAMILY_HELPER' } }, { from: 'DECLARED', to: 'SENT_TO_INSURER', by: { role: 'SOCIAL_WORKER' } }] });
    expect(incident.insurerReference).toMatch(/^RC-\d{4}-04127$/);
    expect(incident.occurredLocal).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000\+0[12]:00$/);
    const [doc] = incident.documents;
    expect(doc).toMatchObject({ fileName: 'declaration-sinistre.pdf', mediaType: 'application/pdf' });
    const res = await fetch(`${server.url}${doc.downloadPath}`, { headers: { authorization: `Bearer ${helper}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(doc.sizeBytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
    // Her sector's social worker follows it; the telephonist sees no incident.
    const logins = server.demo?.logins ?? [];
    const sw = logins.find((l) => l.role === 'SOCIAL_WORKER');
    if (!sw) throw new Error('no demo social worker');
    const phone = logins.find((l) => l.role === 'TELEPHONIST');
    if (!phone) throw new Error('no demo telephonist');
    const bySw = await server.gql(LIST, {}, await server.login(sw.email));
    const same = (bySw.data?.incidents.edges as { node: { id: string; sector: { code: string } } }[]).some((e) => e.node.id === incident.id);
    expect(same).toBe(incident.sector.code === 'S1');
    expect((await server.gql(LIST, {}, await server.login(phone.email))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is added once: a later start finds it and adds nothing', async () => {
    expect(await seedDemoIncident(server.app.db, new Date())).toBe(false);
    const [{ n }] = await server.db.sql`select count(*)::int as n from incidents`;
    expect(n).toBe(1);
  });
});

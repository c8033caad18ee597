// Incident documents: uploaded as base64 through GraphQL (size limit, media-type allow-list, content
// matching its type) or as raw bytes over HTTP, kept in PostgreSQL with their SHA-256, downloaded
// through GET /incidents/documents/:id with the same R5 check, as an attachment, checksum verified.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';
import { MAX_GRAPHQL_DOCUMENT_BYTES } from './incident.rules.js';

const NOW = new Date('2026-03-10T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let incidentId: string;

const DECLARE = `mutation ($input: IncidentDeclareInput!) { incidentDeclare(input: $input) { incident { id } userErrors { code } } }`;
const ADD = `mutation ($input: IncidentDocumentAddInput!) { incidentDocumentAdd(input: $input) {
  document { id fileName mediaType sizeBytes sha256 downloadPath incidentId uploadedBy { id } } incident { id documents { id } } userErrors { field code message } } }`;
const NODE = 'query ($id: ID!) { node(id: $id) { id ... on IncidentDocument { fileName sha256 } } }';

type Doc = { id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; downloadPath: string; incidentId: string };
type AddPayload = { document: Doc | null; incident: { id: string; documents: { id: string }[] } | null; userErrors: { field: string[]; code: string; message: string }[] };

/** A PDF of `size` bytes (the magic number, then filler). */
const pdf = (size: number, fill = 'a') => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, size - 9), fill)]).subarray(0, size);
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 7)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const dbId = (g: string) => Buffer.from(g, 'base64url').toString().split(':')[1];

async function add(input: Record<string, unknown>, token: string): Promise<AddPayload & { errors?: { extensions?: Record<string, unknown> }[] }> {
  const r = await server.gql(ADD, { input: { incidentId, fileName: 'constat.pdf', mediaType: 'application/pdf', contentBase64: pdf(1_000).toString('base64'), ...input } }, token);
  return r.errors ? { document: null, incident: null, userErrors: [], errors: r.errors } : (r.data?.incidentDocumentAdd as AddPayload);
}
const download = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const upload = (id: string, body: Buffer, token: string, type = 'image/png', fileName = 'photo.png') =>
  fetch(`${server.url}/incidents/${id}/documents?fileName=${encodeURIComponent(fileName)}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: new Uint8Array(body) });
const documentCount = async () => Number((await server.db.sql`select count(*)::int as n from incident_documents`)[0].n);

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  const home = await openCase(server, w, { lastName: 'Dubois' });
  await serveCase(server, w, home.id, w.familyHelper);
  const r = await server.gql(DECLARE, { input: { caseFileId: home.id, occurredAt: '2026-03-09T09:00:00Z', description: 'Broke a window while cleaning.' } }, await w.token(w.familyHelper));
  incidentId = r.data?.incidentDeclare.incident.id;
  if (!incidentId) throw new Error(JSON.stringify(r));
});
afterAll(() => server?.close());

describe('incident documents', () => {
  let doc: Doc;
  const content = pdf(MAX_GRAPHQL_DOCUMENT_BYTES);

  it('the declaring helper uploads a PDF of exactly the limit; its SHA-256, size and type are kept', async () => {
    const r = await add({ contentBase64: content.toString('base64'), fileName: 'Constat amiable é.pdf' }, await w.token(w.familyHelper));
    expect(r.userErrors).toEqual([]);
    doc = r.document as Doc;
    expect(doc).toMatchObject({ fileName: 'Constat amiable é.pdf', mediaType: 'application/pdf', sizeBytes: MAX_GRAPHQL_DOCUMENT_BYTES, sha256: sha(content), incidentId, uploadedBy: { id: Buffer.from(`Staff:${w.familyHelper.id}`).toString('base64url') } });
    expect(doc.downloadPath).toBe(`/incidents/documents/${doc.id}`);
    expect(r.incident?.documents).toEqual([{ id: doc.id }]);
    const [row] = await server.db.sql`select sha256, size_bytes, octet_length(content) as n from incident_documents where id = ${dbId(doc.id)}`;
    expect(row).toEqual({ sha256: sha(content), size_bytes: MAX_GRAPHQL_DOCUMENT_BYTES, n: MAX_GRAPHQL_DOCUMENT_BYTES });
  });

  it('refuses by field and code: one byte over the limit, a type off the allow-list, content not of its type, empty, bad base64, a path or NUL in the name, the same file twice', async () => {
    const fanny = await w.token(w.familyHelper);
    const before = await documentCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contentBase64: pdf(MAX_GRAPHQL_DOCUMENT_BYTES + 1).toString('base64') }, 'contentBase64', 'TOO_LARGE'],
      [{ contentBase64: 'A'.repeat(90_000) }, 'contentBase64', 'TOO_LARGE'],
      [{ mediaType: 'text/html', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') }, 'mediaType', 'MEDIA_TYPE_NOT_ALLOWED'],
      [{ mediaType: 'image/svg+xml' }, 'mediaType', 'MEDIA_TYPE_NOT_ALLOWED'],
      [{ mediaType: 'image/png' }, 'contentBase64', 'MEDIA_TYPE_MISMATCH'],
      [{ contentBase64: Buffer.from('<html>not a pdf</html>').toString('base64') }, 'contentBase64', 'MEDIA_TYPE_MISMATCH'],
      [{ contentBase64: '' }, 'contentBase64', 'EMPTY_FILE'],
      [{ mediaType: 'image/png', contentBase64: Buffer.concat([png(8), Buffer.from('<html><script>alert(1)</script>')]).toString('base64'), fileName: 'page.html' }, 'fileName', 'EXTENSION_MISMATCH'],
      [{ fileName: 'facture.exe' }, 'fileName', 'EXTENSION_MISMATCH'],
      [{ fileName: 'constat.pdf.png' }, 'fileName', 'EXTENSION_MISMATCH'],
      [{ fileName: 'pdf' }, 'fileName', 'EXTENSION_MISMATCH'],
      [{ contentBase64: 'not base64!' }, 'contentBase64', 'BAD_BASE64'],
      [{ fileName: '../../etc/passwd' }, 'fileName', 'BAD_FILE_NAME'],
      [{ fileName: 'a"b.pdf' }, 'fileName', 'BAD_FILE_NAME'],
      [{ fileName: 'a\u0000.pdf' }, 'fileName', 'BAD_CHARACTER'],
      [{ fileName: '  ' }, 'fileName', 'REQUIRED'],
      [{ fileName: 'x'.repeat(201) }, 'fileName', 'TOO_LONG'],
      [{ contentBase64: content.toString('base64'), fileName: 'copy.pdf' }, 'contentBase64', 'ALREADY_ATTACHED'],
      [{ incidentId: 'garbage' }, 'incidentId', 'UNKNOWN_INCIDENT'],
    ];
    for (const [input, field, code] of cases) expect((await add(input, fanny)).userErrors[0], `${code} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ field: ['input', field], code });
    expect(await documentCount()).toBe(before);
  });

  it('twenty identical uploads at once keep one document', async () => {
    const sw = await w.token(w.sw);
    const file = pdf(5_000, 'z').toString('base64');
    const results = await Promise.all(Array.from({ length: 20 }, () => add({ contentBase64: file, fileName: 'letter.pdf' }, sw)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'ALREADY_ATTACHED')).toHaveLength(19);
    expect(await documentCount()).toBe(2);
  });

  it('downloads as an attachment with nosniff, the exact bytes, to whoever reads the incident; the read is audited', async () => {
    for (const who of [w.familyHelper, w.sw, w.director]) {
      const res = await download(doc.downloadPath, await w.token(who));
      expect(res.status, who.role).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Constat amiable _.pdf"; filename*=UTF-8''Constat%20amiable%20%C3%A9.pdf`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toContain('no-store');
      expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(content));
    }
    const reads = await server.db.sql`select actor_id from audit_entries where kind = 'READ' and entity = 'IncidentDocument' and entity_id = ${dbId(doc.id)}`;
    expect(reads.map((r) => r.actor_id).sort()).toEqual([w.familyHelper.id, w.sw.id, w.director.id].sort());
  });

  it('R5: no token 401; another sector, a colleague who did not declare, telephonist, trainee, flying, relay, kiosk, a malformed id: 404 and node null', async () => {
    expect((await download(doc.downloadPath)).status).toBe(401);
    expect((await download(doc.downloadPath, 'not-a-session')).status).toBe(401);
    for (const who of [w.otherSw, w.homeHelper, w.telephonist, w.trainee, w.flying, w.relay]) {
      const t = await w.token(who);
      const res = await download(doc.downloadPath, t);
      expect(res.status, who.role).toBe(404);
      expect(await res.text()).not.toContain('%PDF');
      expect((await server.gql(NODE, { id: doc.id }, t)).data?.node, who.role).toBeNull();
    }
    expect((await download(doc.downloadPath, w.kiosk)).status).toBe(404);
    expect((await download('/incidents/documents/%00..%2F', await w.token(w.director))).status).toBe(404);
    expect((await download(`/incidents/documents/${incidentId}`, await w.token(w.director))).status).toBe(404);
    expect((await server.gql(NODE, { id: doc.id }, await w.token(w.familyHelper))).data?.node).toMatchObject({ fileName: 'Constat amiable é.pdf', sha256: sha(content) });
    // Payloads leak nothing either: another sector's social worker adding a document learns nothing.
    const r = await add({ contentBase64: pdf(100, 'q').toString('base64') }, await w.token(w.otherSw));
    expect(r).toMatchObject({ document: null, incident: null, userErrors: [{ code: 'UNKNOWN_INCIDENT' }] });
    expect((await add({}, await w.token(w.telephonist))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('larger files go through POST /incidents/:id/documents (same auth, same rules, 5 MiB)', async () => {
    const sw = await w.token(w.sw);
    const photo = png(300_000);
    const res = await upload(incidentId, photo, sw);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { document: Doc };
    expect(body.document).toMatchObject({ fileName: 'photo.png', mediaType: 'image/png', sizeBytes: 300_000, sha256: sha(photo) });
    const back = await download(body.document.downloadPath, await w.token(w.familyHelper));
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(sha(Buffer.from(await back.arrayBuffer()))).toBe(sha(photo));
    const tooBig = await upload(incidentId, png(5 * 1024 * 1024 + 1), sw);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ userErrors: [{ field: ['content'], code: 'TOO_LARGE' }] });
    const html = await upload(incidentId, Buffer.from('<script>x</script>'), sw, 'text/html', 'x.html');
    expect(html.status).toBe(422);
    expect(await html.json()).toMatchObject({ userErrors: [{ field: ['mediaType'], code: 'MEDIA_TYPE_NOT_ALLOWED' }] });
    // A PNG header before an HTML page: the content passes as PNG, the name does not.
    for (const name of ['page.html', 'facture.exe', 'photo.png.html', 'png']) {
      const disguised = await upload(incidentId, Buffer.concat([png(8), Buffer.from(`<html><script>alert(1)</script>${name}`)]), sw, 'image/png', name);
      expect(disguised.status, name).toBe(422);
      expect(await disguised.json(), name).toEqual({ document: null, userErrors: [{ field: ['fileName'], code: 'EXTENSION_MISMATCH', message: expect.stringContaining('.png') }] });
    }
    const upper = await upload(incidentId, Buffer.concat([png(8), Buffer.from('upper-case extension')]), sw, 'image/png', 'SCAN.PNG');
    expect(upper.status).toBe(201);
    // The kiosk token reads no incident: the same JSON answer as an incident the viewer may not read.
    const kiosk = await upload(incidentId, png(1_000), w.kiosk);
    expect(kiosk.status).toBe(404);
    expect(await kiosk.json()).toEqual({ document: null, userErrors: [{ field: ['incidentId'], code: 'UNKNOWN_INCIDENT', message: expect.any(String) }] });
    const other = await upload(incidentId, png(1_000), await w.token(w.otherSw));
    expect(await other.json()).toMatchObject({ document: null, userErrors: [{ field: ['incidentId'], code: 'UNKNOWN_INCIDENT' }] });
    expect((await upload(incidentId, png(1_000), await w.token(w.otherSw))).status).toBe(404);
    expect((await upload(incidentId, png(1_000), await w.token(w.telephonist))).status).toBe(404);
    expect((await fetch(`${server.url}/incidents/${incidentId}/documents?fileName=a.png`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: new Uint8Array(png(100)) })).status).toBe(401);
    expect(await documentCount()).toBe(4);
  });

  it('a document whose stored bytes no longer match their SHA-256 is not sent', async () => {
    await server.db.sql`update incident_documents set content = overlay(content placing '\\x00'::bytea from 20 for 1) where id = ${dbId(doc.id)}`;
    const res = await download(doc.downloadPath, await w.token(w.director));
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('damaged');
  });

  it('a closed incident takes no more documents', async () => {
    const director = await w.token(w.director);
    const closed = await server.gql('mutation ($input: IncidentStatusChangeInput!) { incidentStatusChange(input: $input) { userErrors { code } } }', { input: { incidentId, to: 'CLOSED', note: 'Settled by the service.' } }, director);
    expect(closed.data?.incidentStatusChange.userErrors).toEqual([]);
    expect((await add({ contentBase64: pdf(200, 'c').toString('base64') }, director)).userErrors[0]).toMatchObject({ field: ['input', 'incidentId'], code: 'INCIDENT_CLOSED' });
    expect((await upload(incidentId, png(2_000), director)).status).toBe(422);
  });
});

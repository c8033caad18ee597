// Incident documents sent as multipart/form-data (a browser form, `curl -F file=@x.pdf`) to
// POST /incidents/:id/documents: the same 5 MiB limit, media type, extension and content rules, R5 and
// audit as the raw body, and clear answers for a form that holds no file, two files or is broken.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';
import { MAX_DOCUMENT_BYTES } from './incident.rules.js';

const NOW = new Date('2026-03-10T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let incidentId: string;

const pdf = (size: number, fill = 'a') => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, size - 9), fill)]).subarray(0, size);
const png = (size: number, fill = 7) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, fill)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const dbId = (g: string) => Buffer.from(g, 'base64url').toString().split(':')[1];
const documentCount = async () => Number((await server.db.sql`select count(*)::int as n from incident_documents`)[0].n);

type Answer = { status: number; body: { document: { id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; downloadPath: string } | null; userErrors: { field: string[]; code: string; message: string }[] } };

/** What a browser's FormData sends: one file part named `file`, plus the fields given. */
async function sendForm(parts: { file?: [Buffer, string, string][]; fields?: Record<string, string> }, token: string | null, id = incidentId, query = ''): Promise<Answer> {
  const form = new FormData();
  for (const [k, v] of Object.entries(parts.fields ?? {})) form.append(k, v);
  for (const [bytes, type, name] of parts.file ?? []) form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${server.url}/incidents/${id}/documents${query}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: res.status, body: res.status === 401 ? { document: null, userErrors: [] } : ((await res.json()) as Answer['body']) };
}

/** A body written by hand, as curl writes it for `-F file=@<name>` (or broken on purpose). */
async function sendRaw(body: Buffer | string, contentType: string, token: string): Promise<Answer> {
  const res = await fetch(`${server.url}/incidents/${incidentId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const curlBody = (boundary: string, name: string, type: string, bytes: Buffer) =>
  Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  const home = await openCase(server, w, { lastName: 'Lambert' });
  await serveCase(server, w, home.id, w.familyHelper);
  const r = await server.gql(
    `mutation ($input: IncidentDeclareInput!) { incidentDeclare(input: $input) { incident { id } userErrors { code } } }`,
    { input: { caseFileId: home.id, occurredAt: '2026-03-09T09:00:00Z', description: 'Scratched the parquet moving a wardrobe.' } },
    await w.token(w.familyHelper),
  );
  incidentId = r.data?.incidentDeclare.incident.id;
  if (!incidentId) throw new Error(JSON.stringify(r));
});
afterAll(() => server?.close());

describe('incident documents as multipart/form-data', () => {
  it('a browser form: the file part is stored with its name, type, size and SHA-256, downloads intact, and the upload is audited', async () => {
    const statement = pdf(120_000, 's');
    const r = await sendForm({ file: [[statement, 'application/pdf', 'Déclaration é.pdf']] }, await w.token(w.familyHelper));
    expect(r.status).toBe(201);
    expect(r.body.userErrors).toEqual([]);
    expect(r.body.document).toMatchObject({ fileName: 'Déclaration é.pdf', mediaType: 'application/pdf', sizeBytes: 120_000, sha256: sha(statement) });
    const back = await fetch(`${server.url}${r.body.document?.downloadPath}`, { headers: { authorization: `Bearer ${await w.token(w.sw)}` } });
    expect(back.headers.get('content-type')).toBe('application/pdf');
    expect(sha(Buffer.from(await back.arrayBuffer()))).toBe(sha(statement));
    const [audit] = await server.db.sql`select actor_id, after from audit_entries where kind = 'CHANGE' and entity = 'IncidentDocument' and entity_id = ${dbId(r.body.document?.id ?? '')}`;
    expect(audit).toMatchObject({ actor_id: w.familyHelper.id, after: { fileName: 'Déclaration é.pdf', sha256: sha(statement) } });
  });

  it('what curl -F file=@photo.png sends; a `fileName` field or ?fileName= names the file instead of the part', async () => {
    const sw = await w.token(w.sw);
    const photo = png(40_000, 1);
    const r = await sendRaw(curlBody('------------------------d74496d66958873e', 'photo.png', 'image/png', photo), 'multipart/form-data; boundary=------------------------d74496d66958873e', sw);
    expect(r.status).toBe(201);
    expect(r.body.document).toMatchObject({ fileName: 'photo.png', mediaType: 'image/png', sha256: sha(photo) });
    const named = await sendForm({ fields: { fileName: 'salon-avant.png' }, file: [[png(2_000, 2), 'image/png', 'IMG_0001.png']] }, sw);
    expect(named.body.document?.fileName).toBe('salon-avant.png');
    const queried = await sendForm({ file: [[png(2_000, 3), 'image/png', 'IMG_0002.png']] }, sw, incidentId, '?fileName=salon-apres.png');
    expect(queried.body.document?.fileName).toBe('salon-apres.png');
  });

  it('the same 5 MiB limit: exactly 5 MiB is kept, one byte more is 413 TOO_LARGE and nothing is stored', async () => {
    const sw = await w.token(w.sw);
    const full = await sendForm({ file: [[png(MAX_DOCUMENT_BYTES, 4), 'image/png', 'plan.png']] }, sw);
    expect(full.status).toBe(201);
    expect(full.body.document?.sizeBytes).toBe(MAX_DOCUMENT_BYTES);
    const before = await documentCount();
    const over = await sendForm({ file: [[png(MAX_DOCUMENT_BYTES + 1, 5), 'image/png', 'plan2.png']] }, sw);
    expect(over).toEqual({ status: 413, body: { document: null, userErrors: [{ field: ['content'], code: 'TOO_LARGE', message: `The file is larger than ${MAX_DOCUMENT_BYTES} bytes.` }] } });
    expect(await documentCount()).toBe(before);
  });

  it('the same rules on the file: the part’s type on the allow-list, matching its content and its name’s extension, a name without path', async () => {
    const sw = await w.token(w.sw);
    const before = await documentCount();
    const cases: [[Buffer, string, string], string, string][] = [
      [[Buffer.from('<script>alert(1)</script>'), 'text/html', 'x.html'], 'mediaType', 'MEDIA_TYPE_NOT_ALLOWED'],
      [[Buffer.concat([png(8), Buffer.from('<html><script>alert(1)</script>')]), 'image/png', 'page.html'], 'fileName', 'EXTENSION_MISMATCH'],
      [[png(500, 9), 'application/pdf', 'scan.pdf'], 'content', 'MEDIA_TYPE_MISMATCH'],
      [[pdf(500, 'p'), 'application/pdf', '../../etc/constat.pdf'], 'fileName', 'BAD_FILE_NAME'],
      [[Buffer.alloc(0), 'application/pdf', 'vide.pdf'], 'content', 'EMPTY_FILE'],
    ];
    for (const [file, field, code] of cases) {
      const r = await sendForm({ file: [file] }, sw);
      expect(r.status, code).toBe(422);
      expect(r.body.userErrors, code).toEqual([expect.objectContaining({ field: [field], code })]);
    }
    expect(await documentCount()).toBe(before);
  });

  it('a form with no file, two files, no boundary or cut short is a 400 naming what is wrong', async () => {
    const sw = await w.token(w.sw);
    const before = await documentCount();
    const none = await sendForm({ fields: { fileName: 'constat.pdf' } }, sw);
    expect(none).toMatchObject({ status: 400, body: { document: null, userErrors: [{ field: ['file'], code: 'REQUIRED', message: expect.stringContaining('curl -F file=@') }] } });
    const two = await sendForm({ file: [[pdf(300, 'x'), 'application/pdf', 'a.pdf'], [pdf(300, 'y'), 'application/pdf', 'b.pdf']] }, sw);
    expect(two).toMatchObject({ status: 400, body: { userErrors: [{ field: ['file'], code: 'TOO_MANY_FILES' }] } });
    expect((await sendRaw('whatever', 'multipart/form-data', sw)).body.userErrors[0]).toMatchObject({ field: ['content'], code: 'BAD_MULTIPART' });
    const cut = curlBody('XyZ', 'cut.pdf', 'application/pdf', pdf(2_000, 'c')).subarray(0, 1_500);
    expect(await sendRaw(cut, 'multipart/form-data; boundary=XyZ', sw)).toMatchObject({ status: 400, body: { userErrors: [{ field: ['content'], code: 'BAD_MULTIPART' }] } });
    expect(await documentCount()).toBe(before);
  });

  it('R5 as for the raw body: 401 without a session; another sector, the telephonist, the flying social worker and the kiosk get UNKNOWN_INCIDENT', async () => {
    const before = await documentCount();
    const file: [Buffer, string, string][] = [[pdf(700, 'r'), 'application/pdf', 'r.pdf']];
    expect((await sendForm({ file }, null)).status).toBe(401);
    for (const token of [await w.token(w.otherSw), await w.token(w.telephonist), await w.token(w.flying), w.kiosk]) {
      expect(await sendForm({ file }, token)).toEqual({ status: 404, body: { document: null, userErrors: [{ field: ['incidentId'], code: 'UNKNOWN_INCIDENT', message: expect.any(String) }] } });
    }
    expect(await documentCount()).toBe(before);
  });

  it('the raw body still works beside the form', async () => {
    const photo = png(3_000, 6);
    const res = await fetch(`${server.url}/incidents/${incidentId}/documents?fileName=raw.png`, { method: 'POST', headers: { authorization: `Bearer ${await w.token(w.director)}`, 'content-type': 'image/png' }, body: new Uint8Array(photo) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Answer['body']).document).toMatchObject({ fileName: 'raw.png', sha256: sha(photo) });
  });
});

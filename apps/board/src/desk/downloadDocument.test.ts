// Incident documents are fetched with the session token from the API's own route only, saved under
// their own name, and each refusal is worded in French and English.
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { downloadDocument, type DownloadResult } from './downloadDocument';

const PATH = '/incidents/documents/SW5jaWRlbnREb2N1bWVudDox';

function fakeFetch(status: number, body = '%PDF-1.4') {
  const calls: { url: string; auth: string | null }[] = [];
  const f = (async (url: string, init?: RequestInit) => {
    calls.push({ url, auth: new Headers(init?.headers).get('authorization') });
    return new Response(body, { status });
  }) as unknown as typeof fetch;
  return { f, calls };
}

describe('downloadDocument', () => {
  it('fetches the route with the bearer token and saves the bytes under the file name', async () => {
    const { f, calls } = fakeFetch(200);
    const saved: { name: string; text: string }[] = [];
    const r = await downloadDocument(PATH, 'constat.pdf', 'tok-1', { fetch: f, save: async (b, name) => void saved.push({ name, text: await b.text() }) });
    await new Promise((res) => setTimeout(res, 0));
    expect(r).toBe('OK');
    expect(calls).toEqual([{ url: PATH, auth: 'Bearer tok-1' }]);
    expect(saved).toEqual([{ name: 'constat.pdf', text: '%PDF-1.4' }]);
  });

  it('never sends the token to another address', async () => {
    const { f, calls } = fakeFetch(200);
    for (const path of ['https://evil.example/incidents/documents/x', '//evil.example/x', '/graphql', `${PATH}/../../x`]) {
      expect(await downloadDocument(path, 'a.pdf', 'tok', { fetch: f, save: () => {} })).toBe('NOT_FOUND');
    }
    expect(calls).toEqual([]);
  });

  it('says why it did not download: signed out, not found, damaged, failed', async () => {
    const cases: [number, DownloadResult][] = [[401, 'SIGNED_OUT'], [404, 'NOT_FOUND'], [500, 'DAMAGED'], [503, 'FAILED']];
    for (const [status, want] of cases) expect(await downloadDocument(PATH, 'a.pdf', 'tok', { fetch: fakeFetch(status).f, save: () => {} })).toBe(want);
    expect(await downloadDocument(PATH, 'a.pdf', null, { fetch: fakeFetch(200).f, save: () => {} })).toBe('SIGNED_OUT');
    for (const locale of ['fr', 'en'] as const) {
      const i18n = createBoardI18n(locale);
      for (const r of ['NOT_FOUND', 'SIGNED_OUT', 'DAMAGED', 'FAILED']) expect(i18n.global.te(`desk.incidents.download.${r}`), `${locale} ${r}`).toBe(true);
      for (const s of ['DECLARED', 'SENT_TO_INSURER', 'CLOSED']) expect(i18n.global.te(`desk.incidents.status.${s}`), `${locale} ${s}`).toBe(true);
    }
    expect(createBoardI18n('fr').global.t('desk.incidents.title', { n: 2 }, 2)).toBe('2 sinistres (responsabilité civile)');
    expect(createBoardI18n('en').global.t('desk.incidents.title', { n: 1 }, 1)).toBe('1 civil-liability incident');
  });
});

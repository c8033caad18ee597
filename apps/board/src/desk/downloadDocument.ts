// An incident document is served only with the session's bearer token (GET /incidents/documents/:id),
// so a plain link cannot fetch it: the desk fetches it with the token and hands the bytes to the
// browser as a download under the document's own name.
export type DownloadResult = 'OK' | 'NOT_FOUND' | 'SIGNED_OUT' | 'DAMAGED' | 'FAILED';

export interface DownloadDeps {
  fetch: typeof fetch;
  /** Saves the bytes under a name (the browser's download; replaced in tests). */
  save: (blob: Blob, fileName: string) => void;
}

export function browserSave(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadDocument(path: string, fileName: string, token: string | null, deps: DownloadDeps = { fetch: (...a) => fetch(...a), save: browserSave }): Promise<DownloadResult> {
  // Only the API's own document route: never send the token elsewhere.
  if (!/^\/incidents\/documents\/[A-Za-z0-9_-]+={0,2}$/.test(path)) return 'NOT_FOUND';
  if (!token) return 'SIGNED_OUT';
  try {
    const res = await deps.fetch(path, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (res.status === 401) return 'SIGNED_OUT';
    if (res.status === 404) return 'NOT_FOUND';
    if (res.status === 500) return 'DAMAGED';
    if (!res.ok) return 'FAILED';
    deps.save(await res.blob(), fileName);
    return 'OK';
  } catch {
    return 'FAILED';
  }
}

import { describe, expect, it } from 'vitest';
import { createAuth } from './auth';

function fakeBrowser(href: string, stored: Record<string, string> = {}) {
  const store = new Map(Object.entries(stored));
  const localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  } as Storage;
  const location = { href } as Location;
  const urls: string[] = [];
  const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void urls.push(url) } as unknown as History;
  return { win: { location, history, localStorage }, store, urls };
}

describe('createAuth', () => {
  it('takes the kiosk token from the URL, keeps it, and strips it from the address bar', () => {
    const b = fakeBrowser('https://relais.example/?token=abc&screen=1#top');
    const auth = createAuth(b.win);
    expect(auth.token.value).toBe('abc');
    expect(b.store.get('relais.board.token')).toBe('abc');
    expect(b.urls).toEqual(['/?screen=1#top']);
  });

  it('falls back to the stored token, and forgets it on logout', () => {
    const b = fakeBrowser('https://relais.example/', { 'relais.board.token': 'kept' });
    const auth = createAuth(b.win);
    expect(auth.token.value).toBe('kept');
    auth.forget();
    expect(auth.token.value).toBeNull();
    expect(b.store.has('relais.board.token')).toBe(false);
  });

  it('says why when the API no longer knows the token', () => {
    const b = fakeBrowser('https://relais.example/', { 'relais.board.token': 'old' });
    const auth = createAuth(b.win);
    auth.invalidate();
    expect(auth.token.value).toBeNull();
    expect(auth.notice.value).toBe('expired');
  });
});

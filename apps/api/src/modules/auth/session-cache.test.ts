// The cache of live sessions alone: what it keeps, and every way an entry stops being trusted.
import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';

const NOW = new Date('2026-03-10T10:00:00Z');
const LATER = new Date('2026-03-10T22:00:00Z');
const kiosk = { kind: 'KIOSK' as const, sessionId: 'k1' };

function listeningCache() {
  const clock = { ms: 0 };
  const cache = new SessionCache(() => clock.ms);
  cache.setListening(true);
  return { cache, clock };
}

describe('SessionCache', () => {
  it('keeps nothing while revocations are not listened for', () => {
    const cache = new SessionCache();
    cache.keep('h', kiosk, LATER, cache.mark());
    expect(cache.get('h', NOW)).toBeUndefined();
  });

  it('answers a kept session until it expires', () => {
    const { cache } = listeningCache();
    cache.keep('h', kiosk, LATER, cache.mark());
    expect(cache.get('h', NOW)).toEqual(kiosk);
    expect(cache.get('h', LATER)).toBeUndefined();
  });

  it('drops a session after 30 s whatever its expiry (a notification lost while reconnecting)', () => {
    const { cache, clock } = listeningCache();
    cache.keep('h', kiosk, LATER, cache.mark());
    clock.ms = 29_000;
    expect(cache.get('h', NOW)).toEqual(kiosk);
    clock.ms = 30_001;
    expect(cache.get('h', NOW)).toBeUndefined();
  });

  it('forgets a revoked session, and what a lookup begun before the revocation read', () => {
    const { cache } = listeningCache();
    cache.keep('h', kiosk, LATER, cache.mark());
    const before = cache.mark();
    cache.forget('k1');
    expect(cache.get('h', NOW)).toBeUndefined();
    cache.keep('h', kiosk, LATER, before);
    expect(cache.get('h', NOW)).toBeUndefined();
  });

  it('forgets everything when the listener reconnects or stops', () => {
    const { cache } = listeningCache();
    cache.keep('h', kiosk, LATER, cache.mark());
    cache.setListening(true);
    expect(cache.get('h', NOW)).toBeUndefined();
    cache.keep('h', kiosk, LATER, cache.mark());
    cache.setListening(false);
    expect(cache.get('h', NOW)).toBeUndefined();
  });
});

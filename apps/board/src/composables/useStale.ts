// Stale data looks stale: while the link to the API is down, how long ago the screen last heard from it.
import { computed, onScopeDispose, ref } from 'vue';
import { useConnection } from './useConnection';

/** Whole minutes from `since` to `now` (never negative). */
export function minutesSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
}

export function useStale(tickMs = 10_000) {
  const { status, lastUpdateAt } = useConnection();
  const now = ref(new Date());
  const ticker = setInterval(() => (now.value = new Date()), tickMs);
  onScopeDispose(() => clearInterval(ticker));
  // "reconnecting" for a second or two is a blip; the board says it at once in the header, and dims once offline.
  const stale = computed(() => status.value === 'offline');
  const minutes = computed(() => (lastUpdateAt.value ? minutesSince(lastUpdateAt.value, now.value) : null));
  return { stale, minutes };
}

// The desk's date-and-time fields speak Brussels time whatever the device's zone: a
// `datetime-local` value ("2026-11-30T08:30") read as Europe/Brussels, and back.
import { SERVICE_TIME_ZONE } from '../composables/useBrusselsTime';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SERVICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallClock(ms: number): Record<string, number> {
  return Object.fromEntries(parts.formatToParts(ms).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** Brussels' offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const w = wallClock(ms);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
}

/** "2026-11-30T08:30" (Brussels) → ISO instant; null when it is not such a value. */
export function brusselsLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess)).toISOString();
}

/** ISO instant → "2026-11-30T08:30" as the clocks in Brussels show it. */
export function isoToBrusselsLocal(iso: string | Date): string {
  const w = wallClock(new Date(iso).getTime());
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/**
 * "Who is on call at …" answers any instant within this many days of now, either way (the API's
 * bound, `ASKED_INSTANT_DAYS`): last week, next week-ends, a holiday next spring.
 */
export const ASKABLE_DAYS = 400;
const DAY = 86_400_000;

/** The field's bounds as `datetime-local` values (Brussels), for its min and max. */
export function askableRange(now: number): { min: string; max: string } {
  return { min: isoToBrusselsLocal(new Date(now - ASKABLE_DAYS * DAY)), max: isoToBrusselsLocal(new Date(now + ASKABLE_DAYS * DAY)) };
}

/** The instant a field asks, when it is one within bounds; `outside` when typed beyond them. */
export function askedAt(local: string, now: number): { at: string | null; outside: boolean } {
  const at = brusselsLocalToIso(local);
  if (!at) return { at: null, outside: false };
  return Math.abs(Date.parse(at) - now) <= ASKABLE_DAYS * DAY ? { at, outside: false } : { at: null, outside: true };
}

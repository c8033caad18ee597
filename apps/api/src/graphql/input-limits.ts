// The limits of input fields, declared once per field: each decorator is a class-validator rule
// (checked before any resolver runs) and the sentence the SDL shows for it.
import { ValidateBy, ValidateNested } from 'class-validator';
import { DateTime as LuxonDateTime } from 'luxon';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';

export interface Limit {
  /** The userError code of a violation, e.g. TOO_LONG. */
  code: string;
  /** What the SDL says, e.g. "At most 200 characters." */
  says: string;
  /** The reason given when broken, when `says` does not say it (a rule the SDL leaves unsaid). */
  refuses?: string;
  ok: (value: unknown) => boolean;
}

/** What a client is told when `limit` is broken: never an empty reason. */
export const brokenRule = (limit: Limit): string => limit.refuses || limit.says || `Breaks the rule ${limit.code}.`;

// Control characters other than tab and line breaks have no place in what people type; NUL cannot be
// stored. C1 controls and bidi overrides/isolates let a name read otherwise than it is stored; a lone
// surrogate is not text at all.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const text = (max: number): Limit[] => [
  { code: 'TOO_LONG', says: `At most ${max} characters.`, ok: (v) => typeof v === 'string' && v.length <= max },
  { code: 'BAD_CHARACTER', says: '', refuses: 'Must not contain control characters (e.g. a NUL byte) nor bidirectional overrides.', ok: (v) => typeof v === 'string' && !CONTROL.test(v) },
];

export const range = (min: number, max: number, unit = ''): Limit => ({
  code: 'OUT_OF_RANGE',
  says: `From ${min} to ${max}${unit}.`,
  ok: (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max,
});

const realDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && LuxonDateTime.fromISO(v, { zone: SERVICE_TIME_ZONE }).isValid;

/** A calendar day; `upTo: 'today'` for days that cannot be in the future (a birth date). */
export function day(from = '2000-01-01', upTo: string | 'today' = '2100-12-31'): Limit {
  const last = () => (upTo === 'today' ? LuxonDateTime.now().setZone(SERVICE_TIME_ZONE).toISODate() ?? '' : upTo);
  return {
    code: 'BAD_DATE',
    says: `A day YYYY-MM-DD from ${from} to ${upTo === 'today' ? 'today' : upTo}.`,
    ok: (v) => realDay(v) && (v as string) >= from && (v as string) <= last(),
  };
}

export const MONTH: Limit = { code: 'BAD_MONTH', says: 'A month YYYY-MM from 2000-01 to 2100-12.', ok: (v) => typeof v === 'string' && /^(20\d\d|2100)-(0[1-9]|1[0-2])$/.test(v) };

export const CLOCK_TIME: Limit = { code: 'BAD_TIME', says: 'A time HH:mm from 00:00 to 23:59.', ok: (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) };

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2101, 0, 1);
export const INSTANT: Limit = {
  code: 'OUT_OF_RANGE',
  says: 'Between 2000-01-01 and 2100-12-31.',
  ok: (v) => v instanceof Date && v.getTime() >= EARLIEST && v.getTime() < LATEST,
};

// The shape only: whether the ID names an object of the right kind is the service's answer
// (UNKNOWN_PERSON, UNKNOWN_SECTOR…), in the domain's words.
export const GLOBAL_ID: Limit = {
  code: 'BAD_ID',
  says: 'An ID this API gave out (at most 100 characters).',
  ok: (v) => typeof v === 'string' && /^[A-Za-z0-9_-]{1,100}={0,2}$/.test(v),
};

export const listOf = (max: number): Limit => ({ code: 'TOO_MANY', says: `At most ${max} items.`, ok: (v) => Array.isArray(v) && v.length <= max });

// Which limits each input class declares, by property: read by the validator (codes) and the SDL.
const declared = new Map<Function, Map<string, { limits: Limit[]; each: boolean }>>();

export function declaredInputs(): Map<Function, Map<string, { limits: Limit[]; each: boolean }>> {
  return declared;
}

function register(target: object, property: string, limits: Limit[], each: boolean) {
  const cls = target.constructor;
  const byProperty = declared.get(cls) ?? new Map();
  const entry = byProperty.get(property) ?? { limits: [], each: false };
  byProperty.set(property, { limits: [...entry.limits, ...limits], each: entry.each || each });
  declared.set(cls, byProperty);
}

function decorate(limits: Limit[], each: boolean): PropertyDecorator {
  return (target, key) => {
    const property = String(key);
    register(target, property, limits, each);
    for (const limit of limits) {
      ValidateBy({
        name: limit.code,
        validator: {
          // Null and absent values are the schema's business (nullable or not), not a limit's.
          validate: (v: unknown) => v === null || v === undefined || (each && Array.isArray(v) ? v.every((x) => x === null || limit.ok(x)) : limit.ok(v)),
          defaultMessage: () => brokenRule(limit),
        },
      })(target, property);
    }
  };
}

/** The limits of a field; on a list, `Each(…)` applies them to every item. */
export const Limited = (...limits: (Limit | Limit[])[]): PropertyDecorator => decorate(limits.flat(), false);
export const Each = (...limits: (Limit | Limit[])[]): PropertyDecorator => decorate(limits.flat(), true);

/** A nested input (or list of them) whose own fields are checked too. */
export const Nested = (): PropertyDecorator => ValidateNested();

// The usual sizes, so that like fields get like limits.
export const NAME = text(100);
export const LABEL = text(200);
export const NOTE = text(5_000);
export const REPORT = text(20_000);

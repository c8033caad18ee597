// A mutation's userError worded in the board's language from its code, its field and what the form
// knows (the shift's start, the person's name), with times in Brussels; the API's English message
// only when the code is one the board does not know, and then said to be the API's.
import { brusselsDaysBetween } from '../composables/useBrusselsTime';
export interface UserErrorLike {
  field: readonly string[];
  code: string;
  message: string;
}

export interface ErrorWording {
  /** vue-i18n's `t`: with `plural`, the message's plural form for that count (the locale's rules). */
  t: (key: string, values?: Record<string, unknown>, plural?: number) => string;
  te: (key: string) => boolean;
  /** "lun. 30 nov., 08:30" in Brussels time. */
  when: (iso: string) => string;
}

/** What the form knows about the change it asked for. */
export interface ErrorContext {
  shiftStartsAt?: string;
  now?: Date;
  [key: string]: unknown;
}

export function userErrorText(e: UserErrorLike, { t, te, when }: ErrorWording, context: ErrorContext = {}): string {
  const key = `desk.errors.${e.code}`;
  if (!te(key)) return t('desk.errors.unknown', { message: e.message, code: e.code });
  const values: Record<string, unknown> = { ...context };
  if (context.shiftStartsAt) {
    // Today / tomorrow / in N days by Brussels calendar dates, not by 24-hour spans.
    values.days = Math.max(0, brusselsDaysBetween(context.now ?? new Date(), new Date(context.shiftStartsAt)));
    // R13 counts seven days on the clock: a shift refused 6 days 11 hours ahead can be seven calendar
    // dates away, and "at least 7 days … in 7 days" would contradict itself.
    if (e.code === 'REPLACEMENT_TOO_LATE') values.days = Math.min(values.days as number, 6);
    values.start = when(context.shiftStartsAt);
  }
  return typeof values.days === 'number' ? t(key, values, values.days) : t(key, values);
}

/** The field an error names, as the form's input name ("input.event" → "event"). */
export function errorField(e: UserErrorLike): string {
  return e.field[e.field.length - 1] ?? '';
}

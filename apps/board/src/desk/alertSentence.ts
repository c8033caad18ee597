// An alert in the board's language from its cause, its shift and the people it names, worded so
// that it reads right whoever they are (no "absent(e)"): "en absence", "sans binôme".
export interface AlertLike {
  cause: string | null;
  startsAt: string;
  awayStaff: readonly { id: string; fullName: string }[];
  shift: { kind: string; holders: readonly { id: string; fullName: string }[] } | null;
}

type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string;

export function alertSentence(a: AlertLike, t: Translate, when: (iso: string) => string, list: (names: string[]) => string): string {
  const shift = t(`desk.alert.shift.${a.shift?.kind ?? 'WEEKDAY'}`, { when: when(a.startsAt) });
  const away = a.awayStaff.map((p) => p.fullName);
  const awayIds = new Set(a.awayStaff.map((p) => p.id));
  const others = (a.shift?.holders ?? []).filter((h) => !awayIds.has(h.id)).map((h) => h.fullName);
  if (a.cause === 'ONE_AWAY' && others.length) return t('desk.alert.ONE_AWAY', { shift, away: list(away), others: list(others) });
  if (a.cause === 'ALL_AWAY' && away.length) return t('desk.alert.ALL_AWAY', { shift, names: list(away) });
  return t('desk.alert.NOBODY', { shift });
}

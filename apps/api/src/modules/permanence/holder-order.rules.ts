// Who of a shift's holders answers, and in which order to call them: the permanence shows who
// actually answers first and marks those away, so an absent holder is never shown as on call.

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

const covers = (span: Span, at: Date) => span.startsAt <= at && at < span.endsAt;

export interface HolderAbsence extends Span {
  staffId: string;
}

export interface HolderInCallOrder {
  staffId: string;
  /** Answers at the moment that matters (see `momentThatMatters`). */
  answers: boolean;
  /** 1 for the first to call; null for a holder who does not answer then. */
  callOrder: number | null;
  /** The absence (merged with those that follow it without a break) overlapping what is left of the shift. */
  awayFrom: Date | null;
  awayUntil: Date | null;
}

/** Now for a shift under way, its start for one ahead (and for one over: its start, as history). */
export function momentThatMatters(shift: Span, now: Date): Date {
  return shift.startsAt > now || shift.endsAt <= now ? shift.startsAt : now;
}

function awaySpan(staffId: string, absences: HolderAbsence[], within: Span): Span | null {
  const own = absences
    .filter((a) => a.staffId === staffId && a.startsAt < within.endsAt && within.startsAt < a.endsAt)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (!own.length) return null;
  const span = { startsAt: own[0].startsAt, endsAt: own[0].endsAt };
  for (const a of own.slice(1)) if (a.startsAt <= span.endsAt && a.endsAt > span.endsAt) span.endsAt = a.endsAt;
  return span;
}

/** The holders, who answers first (in the rota's order), then who is away; each with the absence that concerns the shift. */
export function holdersInCallOrder(shift: Span, holderIds: string[], absences: HolderAbsence[], now: Date): HolderInCallOrder[] {
  const at = momentThatMatters(shift, now);
  const rest = { startsAt: at, endsAt: shift.endsAt > at ? shift.endsAt : new Date(at.getTime() + 1) };
  const states = holderIds.map((staffId) => {
    const away = awaySpan(staffId, absences, rest);
    return { staffId, answers: !(away && covers(away, at)), awayFrom: away?.startsAt ?? null, awayUntil: away?.endsAt ?? null };
  });
  const ordered = [...states.filter((s) => s.answers), ...states.filter((s) => !s.answers)];
  return ordered.map((s, i) => ({ ...s, callOrder: s.answers ? i + 1 : null }));
}

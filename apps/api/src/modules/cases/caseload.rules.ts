// Board caseload rules: when a sector's counts changed (which local day "today" is: time/service-time.ts).

export interface Caseload {
  visitsToday: number;
  evaluationsOverdue: number;
  urgentOpen: number;
}

export const NO_CASELOAD: Caseload = { visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 0 };

export function sameCaseload(a: Caseload | undefined, b: Caseload): boolean {
  return !!a && a.visitsToday === b.visitsToday && a.evaluationsOverdue === b.evaluationsOverdue && a.urgentOpen === b.urgentOpen;
}

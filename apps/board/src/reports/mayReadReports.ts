// Who the Rapports page is for: direction and the social pole head (the API's REPORT_READERS among staff).
export const REPORT_ROLES = ['DIRECTOR', 'SOCIAL_POLE_HEAD'] as const;

export function mayReadReports(role: string | null | undefined): boolean {
  return (REPORT_ROLES as readonly string[]).includes(role ?? '');
}

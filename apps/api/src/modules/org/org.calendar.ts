// The secret link of a calendar feed (served by http/app.ts under /calendar/<kind>/<secret>.ics).

/** A person's or a sector's feed link; null when there is no secret (never made, or revoked). */
export function calendarFeedUrl(publicUrl: string | null | undefined, kind: 'staff' | 'sector', secret: string | null): string | null {
  return secret ? `${publicUrl ?? ''}/calendar/${kind}/${secret}.ics` : null;
}

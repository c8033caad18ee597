// iCalendar feeds of permanence shifts, behind a secret link: one per person, one per sector.
import { randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { Forbidden, violation } from '../../shared/outcome.js';
import { DIRECTION, type StaffRole } from '../org/index.js';
import { holdersOf } from './coverage.service.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { ShiftRow } from './permanence.repository.js';

const PAST_DAYS = 30;
const AHEAD_DAYS = 366;
const DAY = 86_400_000;

/** Whose feed link: a person's or a sector's (database id, decoded by the resolver). */
export type FeedOwner = { type: 'Staff' | 'Sector'; id: string };

export class CalendarService {
  constructor(private readonly uow: UnitOfWork<PermanenceRepositories>) {}

  private get repo() {
    return this.uow.read.permanence;
  }

  private get org() {
    return this.uow.read.org;
  }

  /** The feed of one person's shifts; null when the secret matches nobody. */
  async staffFeed(secret: string, now: Date): Promise<string | null> {
    const person = await this.org.staffByCalendarSecret(secret);
    if (!person) return null;
    const shifts = await this.repo.shiftsOfStaff(person.id, new Date(now.getTime() - PAST_DAYS * DAY), new Date(now.getTime() + AHEAD_DAYS * DAY));
    return this.render(`Permanence — ${person.fullName}`, shifts);
  }

  /** The feed of the permanence serving a sector (the service-wide rota), with who holds each shift. */
  async sectorFeed(secret: string, now: Date): Promise<string | null> {
    const sector = await this.org.sectorByCalendarSecret(secret);
    if (!sector) return null;
    const shifts: ShiftRow[] = [];
    const from = new Date(now.getTime() - PAST_DAYS * DAY);
    const to = new Date(now.getTime() + AHEAD_DAYS * DAY);
    let after: { startsAt: string; id: string } | undefined;
    for (;;) {
      const page = await this.repo.shiftsBetween(from, to, 500, after);
      shifts.push(...page);
      if (page.length < 500) break;
      const last = page[page.length - 1];
      after = { startsAt: last.startsAt.toISOString(), id: last.id };
    }
    return this.render(`Permanence — ${sector.name}`, shifts);
  }

  /** Rotates (a new secret) or revokes (none) the feed link of a person or a sector. */
  async setLink(owner: FeedOwner, action: 'ROTATE' | 'REVOKE', viewer: { staffId: string; role: StaffRole }): Promise<{ kind: 'staff' | 'sector'; secret: string | null }> {
    const allowed = DIRECTION.includes(viewer.role) || (owner.type === 'Staff' && owner.id === viewer.staffId);
    if (!allowed) throw new Forbidden('Calendar links are rotated and revoked by direction, or by the person for their own link.');
    const secret = action === 'ROTATE' ? randomBytes(24).toString('base64url') : null;
    const row = owner.type === 'Staff' ? await this.org.setStaffCalendarSecret(owner.id, secret) : await this.org.setSectorCalendarSecret(owner.id, secret);
    if (!row) throw violation('ownerId', 'UNKNOWN_OWNER', `No ${owner.type} has this ID.`);
    return { kind: owner.type === 'Staff' ? 'staff' : 'sector', secret };
  }

  private async render(name: string, shifts: ShiftRow[]): Promise<string> {
    shifts.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const holders = await holdersOf(this.org, shifts);
    const cal = ical({ name, prodId: { company: 'Relais', product: 'permanence', language: 'FR' } });
    for (const s of shifts) {
      const people = holders(s);
      const who = people.length ? people.map((p) => p.fullName).join(' & ') : 'personne (trou de couverture)';
      cal.createEvent({
        id: `${s.id}@relais`,
        start: s.startsAt,
        end: s.endsAt,
        stamp: s.updatedAt,
        summary: `${s.kind === 'WEEKEND' ? 'Permanence week-end' : 'Permanence'} — ${who}`,
        // Names only: a feed link is synced to phones and clouds and outlives any session, so the
        // holders' numbers stay behind login (whoToCall).
        description: people.map((p) => p.fullName).join('\n') || 'Aucun titulaire.',
      });
    }
    return cal.toString();
  }
}

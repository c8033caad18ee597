// iCalendar feeds of permanence shifts, behind a secret link: one per person, one per sector.
import { randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/client.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import { DIRECTION, type Viewer } from '../auth/viewer.js';
import { OrgRepository } from '../org/org.repository.js';
import { holdersOf } from './coverage.service.js';
import { PermanenceRepository, type ShiftRow } from './permanence.repository.js';

const PAST_DAYS = 30;
const AHEAD_DAYS = 366;
const DAY = 86_400_000;

export class CalendarService {
  private readonly repo: PermanenceRepository;
  private readonly org: OrgRepository;

  constructor(db: Database) {
    this.repo = new PermanenceRepository(db);
    this.org = new OrgRepository(db);
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

  /** Rotates (a new secret) or revokes (none) the feed link of a Staff or Sector global ID. */
  async setLink(ownerId: string, action: 'ROTATE' | 'REVOKE', viewer: Viewer | null): Promise<{ kind: 'staff' | 'sector'; secret: string | null }> {
    const owner = fromGlobalId(ownerId);
    if (!owner || (owner.type !== 'Staff' && owner.type !== 'Sector')) throw violation('ownerId', 'UNKNOWN_OWNER', 'ownerId must be the ID of a Staff or a Sector.');
    const staffViewer = viewer?.kind === 'STAFF' ? viewer : null;
    const allowed = !!staffViewer && (DIRECTION.includes(staffViewer.role) || (owner.type === 'Staff' && owner.id === staffViewer.staffId));
    if (!allowed) throw new GraphQLError('Calendar links are rotated and revoked by direction, or by the person for their own link.', { extensions: { code: 'FORBIDDEN' } });
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

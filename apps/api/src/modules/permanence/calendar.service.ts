// iCalendar feeds of permanence shifts, behind a secret link: one per person, one per sector.
import ical from 'ical-generator';
import type { Database } from '../../db/client.js';
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
        description: people.map((p) => `${p.fullName}${p.phone ? ` ${p.phone}` : ''}`).join('\n') || 'Aucun titulaire.',
      });
    }
    return cal.toString();
  }
}

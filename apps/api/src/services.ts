// Wires the services of one API process over one database.
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { EventFeed } from './events/feed.js';
import { AuthService } from './modules/auth/auth.service.js';
import { AbsenceService } from './modules/org/absence.service.js';
import { OrgRepository } from './modules/org/org.repository.js';
import { CalendarService } from './modules/permanence/calendar.service.js';
import { PermanenceService } from './modules/permanence/permanence.service.js';

export interface Services {
  clock: () => Date;
  config: Config;
  auth: AuthService;
  org: OrgRepository;
  permanence: PermanenceService;
  absences: AbsenceService;
  calendar: CalendarService;
  feed: EventFeed;
}

export function createServices(db: Database, feed: EventFeed, config: Config, clock: () => Date): Services {
  return {
    clock,
    config,
    auth: new AuthService(db, config.sessionHours),
    org: new OrgRepository(db),
    permanence: new PermanenceService(db),
    absences: new AbsenceService(db),
    calendar: new CalendarService(db),
    feed,
  };
}

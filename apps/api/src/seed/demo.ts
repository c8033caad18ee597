// Demo data shaped like the reference service: 7 sectors and their teams, binômes, a year of permanence
// rota with a few deliberate gaps, and absences that make coverage warnings show. Same people every run.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import { absences, binomes, permanenceShifts, sectors, serviceClosingDays, staff, teamMembers, teams } from '../db/schema/index.js';
import { demoHolidays } from './demo-holidays.js';
import { covers, STAFF_ROLES, type AbsenceKind, type StaffRole } from '../modules/org/org.rules.js';
import { fairRotation, rotaSpans, rotaWeekStart } from '../modules/permanence/index.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoPlanning } from './demo-planning.js';
import { seedDemoSchedules } from './demo-schedules.js';
import { seedDemoTeam } from './demo-team.js';
import { prng, shuffle } from './demo-random.js';

interface DemoLogin {
  role: string;
  email: string;
  fullName: string;
}
export type DemoLogins = DemoLogin[];

export const DEMO_PASSWORD = 'relais-demo';
// Serialises concurrent seeds (two server instances starting at once): the emptiness check and the
// inserts must not interleave.
const SEED_LOCK_KEY = 7_310_411;

const SECTORS = [
  { code: 'S1', name: 'Schaerbeek – Evere' },
  { code: 'S2', name: 'Molenbeek – Koekelberg' },
  { code: 'S3', name: 'Anderlecht – Cureghem' },
  { code: 'S4', name: 'Ixelles – Etterbeek' },
  { code: 'S5', name: 'Saint-Gilles – Forest' },
  { code: 'S6', name: 'Laeken – Neder-Over-Heembeek' },
  { code: 'S7', name: 'Woluwe – Auderghem' },
];

interface Person {
  fullName: string;
  role: StaffRole;
  sector: string | null;
  fte: string;
  /** Heads the sector's team. */
  head?: boolean;
  login?: boolean;
}

// Social workers 1–7 head sectors S1–S7; the order of this list is what the rota below refers to.
const OFFICE: Person[] = [
  { fullName: 'Claire Vandenbroucke', role: 'SOCIAL_WORKER', sector: 'S1', fte: '1.00', head: true, login: true },
  { fullName: 'Youssef El Amrani', role: 'SOCIAL_WORKER', sector: 'S2', fte: '1.00', head: true },
  { fullName: 'Sofie Peeters', role: 'SOCIAL_WORKER', sector: 'S3', fte: '1.00', head: true },
  { fullName: 'Marc Dubois', role: 'SOCIAL_WORKER', sector: 'S4', fte: '1.00', head: true },
  { fullName: 'Nathalie Lambert', role: 'SOCIAL_WORKER', sector: 'S5', fte: '1.00', head: true },
  { fullName: 'Ilse Janssens', role: 'SOCIAL_WORKER', sector: 'S6', fte: '1.00', head: true },
  { fullName: 'Karim Benali', role: 'SOCIAL_WORKER', sector: 'S7', fte: '1.00', head: true },
  { fullName: 'Anne-Sophie Wouters', role: 'SOCIAL_WORKER', sector: 'S1', fte: '0.80' },
  { fullName: 'Thomas Claes', role: 'SOCIAL_WORKER', sector: 'S6', fte: '0.50' },
  { fullName: 'Julie Leclercq', role: 'FLYING_SOCIAL_WORKER', sector: null, fte: '1.00', login: true },
  { fullName: 'Pieter De Smet', role: 'RELAY_CONTROL_SOCIAL_WORKER', sector: null, fte: '1.00', login: true },
  { fullName: 'Fatima Ouali', role: 'TELEPHONIST', sector: null, fte: '1.00', login: true },
  { fullName: 'Luc Mertens', role: 'TELEPHONIST', sector: null, fte: '0.50' },
  { fullName: 'Catherine Hermans', role: 'DIRECTOR', sector: null, fte: '1.00', login: true },
  { fullName: 'Olivier Renard', role: 'SOCIAL_POLE_HEAD', sector: null, fte: '1.00', login: true },
  { fullName: 'Lucas Verhoeven', role: 'TRAINEE', sector: 'S1', fte: '1.00', login: true },
];

// Binômes by full name; the 0.5 FTE social worker holds single shifts instead (see the rota).
const BINOMES: [string, string, string][] = [
  ['Binôme A', 'Claire Vandenbroucke', 'Youssef El Amrani'],
  ['Binôme B', 'Sofie Peeters', 'Marc Dubois'],
  ['Binôme C', 'Nathalie Lambert', 'Ilse Janssens'],
  ['Binôme D', 'Karim Benali', 'Anne-Sophie Wouters'],
  ['Binôme E', 'Julie Leclercq', 'Pieter De Smet'],
];
const SICK_BINOME = 1; // Sofie Peeters (S3) is sick: her binôme holds the current weekday shift.

const FIRST_NAMES = [
  'Marie', 'Sarah', 'Fatima', 'Aïcha', 'Nadia', 'Emma', 'Laura', 'Sophie', 'Amélie', 'Inès', 'Yasmina', 'Samira',
  'Leen', 'Lotte', 'Anke', 'Els', 'Katrien', 'Hanne', 'Lien', 'Véronique', 'Christine', 'Mireille', 'Rachida',
  'Khadija', 'Malika', 'Naïma', 'Zineb', 'Ana', 'Maria', 'Elena', 'Ioana', 'Agnieszka', 'Fatou', 'Aminata', 'Grace',
  'Chantal', 'Béatrice', 'Joëlle', 'Myriam', 'Dominique', 'Kevin', 'Mohamed', 'Ahmed', 'Jonas', 'Bram', 'Pedro',
  'Mehmet', 'Elif', 'Zeynep', 'Olga', 'Daniela', 'Patricia', 'Martine', 'Sandrine', 'Valérie', 'Hilde', 'Greet',
];
const LAST_NAMES = [
  'Maes', 'Jacobs', 'Willems', 'Goossens', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leroy', 'Lejeune', 'Bah',
  'Diallo', 'El Idrissi', 'Bouzid', 'Aydin', 'Yilmaz', 'Kaya', 'Nowak', 'Kowalski', 'Popescu', 'Ionescu',
  'Fernandes', 'Da Silva', 'Garcia', 'Rossi', 'Esposito', 'Mukendi', 'Kabongo', 'Tshibangu', 'Van Damme',
  'Van Acker', 'Vermeulen', 'Hendrickx', 'Michiels', 'Collard', 'Gérard', 'François', 'Henrard', 'Bastin',
  'Moreau', 'Charlier', 'Haddad', 'Chaouki', 'Vanderlinden', 'De Backer', 'Stevens', 'Lemaire', 'Dumont',
];
const HELPER_FTES = ['1.00', '0.80', '0.75', '0.50', '0.80', '1.00'];

function emailOf(fullName: string): string {
  const [first, ...rest] = fullName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(' ');
  return `${first}.${rest.join('')}@relais.test`;
}

/** Everybody, in a fixed order: the office first, then ten helpers per sector. */
export function demoPeople(): (Person & { email: string; phone: string })[] {
  const random = prng(20_260_101);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  // Names are drawn from shuffled bags, refilled when empty, so a sector is not full of one family name.
  const bag = (list: string[]) => {
    let left: string[] = [];
    return () => {
      if (!left.length) left = shuffle([...list], random);
      return left.splice(-1)[0];
    };
  };
  const firstName = bag(FIRST_NAMES);
  const lastName = bag(LAST_NAMES);
  const phone = () => `+32 2 ${String(200 + Math.floor(random() * 800))} ${String(Math.floor(random() * 100)).padStart(2, '0')} ${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const people: Person[] = [...OFFICE];
  const taken = new Set(OFFICE.map((p) => emailOf(p.fullName)));
  for (const { code } of SECTORS) {
    const familyHelpers = 5 + Math.floor(random() * 3);
    const kinds = shuffle(
      Array.from({ length: 10 }, (_, i): StaffRole => (i < familyHelpers ? 'FAMILY_HELPER' : 'HOME_HELPER')),
      random,
    );
    for (const role of kinds) {
      let fullName = `${firstName()} ${lastName()}`;
      while (taken.has(emailOf(fullName))) fullName = `${firstName()} ${lastName()}`;
      taken.add(emailOf(fullName));
      // One family helper and one home helper of S1 log in, to show what a helper may see (R5).
      const login = code === 'S1' && !people.some((p) => p.login && p.role === role);
      people.push({ fullName, role, sector: code, fte: pick(HELPER_FTES), login });
    }
  }
  return people.map((p) => ({ ...p, email: emailOf(p.fullName), phone: phone() }));
}

/** One login per role, in role order. */
function demoLogins(): DemoLogins {
  return demoPeople()
    .filter((p) => p.login)
    .sort((a, b) => STAFF_ROLES.indexOf(a.role) - STAFF_ROLES.indexOf(b.role))
    .map((p) => ({ role: p.role, email: p.email, fullName: p.fullName }));
}

const secret = () => randomBytes(24).toString('base64url');
function required<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo seed: nothing for "${key}"`);
  return value;
}

function isoDate(day: DateTime): string {
  const date = day.toISODate();
  if (!date) throw new Error('demo seed: invalid date');
  return date;
}

/** Inserts the demo in one transaction when there are no sectors yet; otherwise inserts nothing. */
export async function seedDemo(db: Database, options: { now: Date; password?: string }): Promise<DemoLogins> {
  const { now } = options;
  const people = demoPeople();
  const logins = demoLogins();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const existing = await tx.select({ id: sectors.id }).from(sectors).limit(1);
    if (existing.length) return;

    // argon2id with the library's defaults, as the login checks it (auth.service's hashPassword, not imported
    // here because that module pulls in GraphQL); a salt of its own per person.
    const passwordHash = await Promise.all(logins.map(() => hash(options.password ?? DEMO_PASSWORD)));
    const hashByEmail = new Map(logins.map((l, i) => [l.email, passwordHash[i]]));

    const sectorRows = await tx
      .insert(sectors)
      .values(SECTORS.map((s) => ({ ...s, calendarSecret: secret() })))
      .returning({ id: sectors.id, code: sectors.code });
    const sectorId = new Map(sectorRows.map((s) => [s.code, s.id]));

    const staffRows = await tx
      .insert(staff)
      .values(
        people.map((p) => ({
          fullName: p.fullName,
          email: p.email,
          phone: p.phone,
          role: p.role,
          fte: p.fte,
          sectorId: p.sector ? sectorId.get(p.sector) : null,
          passwordHash: hashByEmail.get(p.email) ?? null,
          calendarSecret: secret(),
        })),
      )
      .returning({ id: staff.id, fullName: staff.fullName });
    const staffId = new Map(staffRows.map((s) => [s.fullName, s.id]));
    const idOf = (fullName: string) => required(staffId, fullName);
    const sectorOf = (p: Person) => required(sectorId, p.sector ?? 'none');

    const teamRows = await tx
      .insert(teams)
      .values(people.filter((p) => p.head).map((p) => ({ sectorId: sectorOf(p), socialWorkerId: idOf(p.fullName) })))
      .returning({ id: teams.id, sectorId: teams.sectorId });
    const teamBySector = new Map(teamRows.map((t) => [t.sectorId, t.id]));
    const helpers = people.filter((p) => p.role === 'FAMILY_HELPER' || p.role === 'HOME_HELPER');
    await tx.insert(teamMembers).values(helpers.map((h) => ({ teamId: required(teamBySector, sectorOf(h)), helperId: idOf(h.fullName) })));

    const binomeRows = await tx
      .insert(binomes)
      .values(BINOMES.map(([name, first, second]) => ({ name, firstMemberId: idOf(first), secondMemberId: idOf(second) })))
      .returning({ id: binomes.id });
    const binomeIds = binomeRows.map((b) => b.id);

    const holidays = demoHolidays(now); // direction's closing days; public holidays are computed
    await tx.insert(serviceClosingDays).values(holidays.closingDays.map((c) => ({ ...c, setById: idOf('Catherine Hermans'), setAt: now })));
    await tx.insert(permanenceShifts).values(demoRota(now, binomeIds, { partTimer: idOf('Thomas Claes'), relay: idOf('Pieter De Smet') }, holidays.closed));

    const socialWorkers = new Map(
      SECTORS.map(({ code }) => [
        code,
        people
          .filter((p) => p.role === 'SOCIAL_WORKER' && p.sector === code)
          .sort((a, b) => Number(!!b.head) - Number(!!a.head))
          .map((p) => ({ id: idOf(p.fullName), fullName: p.fullName })),
      ]),
    );
    const caseRows = await seedDemoCases(tx, now, { sectorIds: sectorId, socialWorkers, flyingId: idOf('Julie Leclercq'), relayId: idOf('Pieter De Smet') });

    await tx.insert(absences).values(
      demoAbsences(now, { sick: idOf('Sofie Peeters'), onLeave: idOf('Nathalie Lambert'), inTraining: idOf('Pieter De Smet'), helper: idOf(helpers[0].fullName) }).map(
        (a) => ({ ...a, recordedById: idOf('Olivier Renard'), recordedAt: now }),
      ),
    );
    // Next month's requests and DRAFT planning, and the sick worker's R11 replacement.
    const [flyingId, poleHeadId, directorId] = ['Julie Leclercq', 'Olivier Renard', 'Catherine Hermans'].map(idOf);
    const planningHelpers = helpers.map((h) => ({ id: idOf(h.fullName), sectorId: sectorOf(h) }));
    await seedDemoPlanning(tx, now, caseRows.caseFiles, { sectorIds: sectorId, socialWorkers, helpers: planningHelpers, flyingId, poleHeadId, directorId, sick: { id: idOf('Sofie Peeters'), sectorCode: 'S3' } });
    await seedDemoSchedules(tx, now);
    await seedDemoTeam(tx, now, idOf('Julie Leclercq'));
  });
  // Report the logins that exist (an older seed may have made fewer).
  const present = await db
    .select({ email: staff.email })
    .from(staff)
    .where(and(inArray(staff.email, logins.map((l) => l.email)), isNotNull(staff.passwordHash)));
  const emails = new Set(present.map((p) => p.email));
  return logins.filter((l) => emails.has(l.email));
}

const zoned = (instant: Date) => DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE });
const mod = (n: number, m: number) => ((n % m) + m) % m;
/**
 * A year of rota from the Monday a week before `now`: weekday shifts rotate through the binômes day by
 * day, week-ends and holidays by FTE, each binôme member measured against her own, as permanenceRotaGenerate does (issue 12). Deliberate exceptions, relative to now:
 * - the weekday shift under way (or next) is held by the sick social worker's binôme (a WARNING);
 * - the third weekday shift after it has nobody (HIGH, inside R13's one-week lead time);
 * - the week-end three weeks ahead has nobody (CRITICAL);
 * - every fourth Wednesday from two weeks ahead, and the week-end eight weeks ahead, are held by one person.
 */
export function demoRota(now: Date, binomeIds: string[], single: { partTimer: string; relay: string }, closed: (day: string) => boolean = () => false) {
  const monday = DateTime.fromISO(rotaWeekStart(now), { zone: SERVICE_TIME_ZONE });
  const spans = rotaSpans(isoDate(monday.minus({ weeks: 1 })), isoDate(monday.plus({ weeks: 52 })), closed);
  const weekdays = spans.filter((s) => s.kind === 'WEEKDAY');
  const anchor = weekdays.findIndex((s) => s.endsAt > now);
  const gapWeekday = weekdays[anchor + 3];
  const saturday = (weeks: number) => monday.plus({ weeks, days: 5, hours: 12 }).toJSDate(); // a holiday moves a week-end's start, not its Saturday
  const setAside = (s: { startsAt: Date; endsAt: Date }) => (covers(s, saturday(3)) || covers(s, saturday(8)) ? { holderId: null } : null);
  const members = (i: number) => (BINOMES[i]?.slice(1) ?? [`binome-${i}`]).map((n) => ({ id: n, fte: Number(OFFICE.find((p) => p.fullName === n)?.fte ?? 1) })); // each against her own FTE
  const fair = new Map(fairRotation(spans, binomeIds.map((id, i) => ({ id, members: members(i) })), closed, setAside).map((s) => [s.startsAt.getTime(), s.holderBinomeId]));
  return spans.map((span) => {
    const week = Math.round(zoned(span.startsAt).startOf('week').diff(monday, 'weeks').weeks);
    const nobody = { ...span, holderBinomeId: null, holderStaffId: null };
    if (span.kind === 'WEEKEND') {
      if (covers(span, saturday(3))) return nobody; // set aside for the fair hand-out above
      if (covers(span, saturday(8))) return { ...nobody, holderStaffId: single.relay };
      return { ...nobody, holderBinomeId: fair.get(span.startsAt.getTime()) as string };
    }
    if (span === gapWeekday) return nobody;
    if (week >= 2 && week % 4 === 2 && zoned(span.startsAt).weekday === 3) return { ...nobody, holderStaffId: single.partTimer };
    const i = weekdays.indexOf(span);
    return { ...nobody, holderBinomeId: binomeIds[mod(i - anchor + SICK_BINOME, binomeIds.length)] };
  });
}

/** Sick from yesterday for 10 days, two weeks' leave from the first Monday of next month, a training day next Thursday. */
function demoAbsences(now: Date, who: { sick: string; onLeave: string; inTraining: string; helper: string }) {
  const today = zoned(now).startOf('day');
  const nextMonth = today.plus({ months: 1 }).startOf('month');
  const leaveStart = nextMonth.plus({ days: mod(8 - nextMonth.weekday, 7) });
  const training = today.startOf('week').plus({ weeks: 1, days: 3 });
  const rows: { staffId: string; kind: AbsenceKind; startsAt: Date; endsAt: Date; note: string }[] = [
    { staffId: who.sick, kind: 'SICKNESS', startsAt: today.minus({ days: 1 }).toJSDate(), endsAt: today.plus({ days: 9 }).toJSDate(), note: 'Medical certificate, 10 days.' },
    { staffId: who.onLeave, kind: 'LEAVE', startsAt: leaveStart.toJSDate(), endsAt: leaveStart.plus({ weeks: 2 }).toJSDate(), note: 'Annual leave.' },
    { staffId: who.inTraining, kind: 'TRAINING', startsAt: training.set({ hour: 9 }).toJSDate(), endsAt: training.set({ hour: 16, minute: 30 }).toJSDate(), note: 'Training: professional secrecy and GDPR.' },
    { staffId: who.helper, kind: 'SICKNESS', startsAt: today.toJSDate(), endsAt: today.plus({ days: 3 }).toJSDate(), note: 'Sick, 3 days.' },
  ];
  return rows;
}

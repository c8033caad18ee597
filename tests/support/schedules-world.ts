// Schedules to test against: the cases world, case files for the helpers to visit, and small
// GraphQL calls to make and change visits and read conflicts.
import { eq } from 'drizzle-orm';
import { beneficiaries, caseFiles, teamMembers } from '../../apps/api/src/db/schema/index.js';
import { fromGlobalId } from '../../apps/api/src/shared/global-id.js';
import { buildCasesWorld, openCase } from './cases-world.js';
import { makeStaff } from './factories.js';
import type { TestServer } from './server.js';

export const CREATE = `mutation ($input: ScheduleEntryCreateInput!) { scheduleEntryCreate(input: $input) {
  entries { id startsAt endsAt day version recurring caseFileId } entryCount conflictsOpened { rule severity hard explanation } userErrors { field code message } } }`;
export const CHANGE = `mutation ($input: ScheduleEntryChangeInput!) { scheduleEntryChange(input: $input) {
  entry { id status startsAt endsAt version helper { id } }
  change { id kind reason note day before { startsAt endsAt status helper { id } } after { startsAt endsAt status helper { id } } by { id } }
  conflictsOpened { id rule explanation } conflictsResolved { id rule } userErrors { field code message } } }`;
export const PREVIEW = `mutation ($input: ScheduleEntryChangeInput!) { scheduleChangePreview(input: $input) {
  wouldOpen { rule severity hard explanation conflictId } wouldResolve { rule conflictId } userErrors { field code message } } }`;
const CONFLICTS = `query ($sectorId: String, $open: Boolean) { scheduleConflicts(sectorId: $sectorId, open: $open, first: 100) {
  totalCount edges { node { id rule title severity hard explanation day open resolvedAt acknowledgedAt acknowledgementNote helper { id } entries { id } } } } }`;

/** A Brussels local time on a day, as an ISO instant with its offset. */
export function at(day: string, time: string): string {
  const d = new Date(`${day}T${time}:00Z`);
  // Brussels is UTC+1 in winter, UTC+2 from the last Sunday of March to the last Sunday of October (2026 only).
  const summer = day >= '2026-03-29' && day < '2026-10-25';
  return new Date(d.getTime() - (summer ? 2 : 1) * 3_600_000).toISOString();
}

export async function buildSchedulesWorld(server: TestServer) {
  const w = await buildCasesWorld(server);
  const db = server.db.db;
  const partTime = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Paula Parttime', sectorId: w.sector.id, fte: '0.50' });
  const [team] = await db.select().from(teamMembers).where(eq(teamMembers.helperId, w.familyHelper.id));
  await db.insert(teamMembers).values({ teamId: team.teamId, helperId: partTime.id });
  const home = await openCase(server, w, { lastName: 'Home' });
  const near = await openCase(server, w, { lastName: 'Near' });
  const far = await openCase(server, w, { lastName: 'Far' });
  // About 18.6 km from the others: some 56 minutes at 20 km/h.
  const [farCase] = await db.select().from(caseFiles).where(eq(caseFiles.id, dbId(far.id)));
  await db.update(beneficiaries).set({ latitude: 50.9, longitude: 4.6 }).where(eq(beneficiaries.id, farCase.beneficiaryId));
  const sw = await w.token(w.sw);

  const create = async (input: Record<string, unknown>, token = sw) => (await server.gql(CREATE, { input }, token)).data?.scheduleEntryCreate;
  const visit = async (helper: { gid: string }, c: { id: string }, day: string, from: string, to: string, extra: Record<string, unknown> = {}) => {
    const r = await create({ helperId: helper.gid, caseFileId: c.id, kind: 'FAMILY_CARE', tasks: ['PERSONAL_HYGIENE'], startsAt: at(day, from), endsAt: at(day, to), ...extra });
    if (!r || r.userErrors.length) throw new Error(`visit refused: ${JSON.stringify(r?.userErrors)}`);
    return r.entries[0] as { id: string; startsAt: string; endsAt: string; version: number };
  };
  const change = async (input: Record<string, unknown>, token = sw) => (await server.gql(CHANGE, { input: { reason: 'OTHER', ...input } }, token)).data?.scheduleEntryChange;
  const openConflicts = async (rule?: string) => {
    const r = await server.gql(CONFLICTS, { sectorId: w.sector.gid, open: true }, sw);
    const all = r.data?.scheduleConflicts.edges.map((e: { node: Record<string, unknown> }) => e.node) as { id: string; rule: string; explanation: string; entries: { id: string }[]; acknowledgementNote: string | null }[];
    return rule ? all.filter((c) => c.rule === rule) : all;
  };
  return { ...w, partTime, home, near, far, sw: w.sw, swToken: sw, create, visit, change, openConflicts };
}
export type SchedulesWorld = Awaited<ReturnType<typeof buildSchedulesWorld>>;

export function dbId(globalId: string): string {
  const id = fromGlobalId(globalId)?.id;
  if (!id) throw new Error(`not a global ID: ${globalId}`);
  return id;
}

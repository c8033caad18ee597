// Team-life use cases: record a meeting, interview, home control or training about helpers; list
// a helper's or a sector's records (R5: a helper only their own; the kiosk never reaches here).
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/client.js';
import { fromGlobalId, type Page } from '../../graphql/relay.js';
import { violation } from '../../graphql/user-errors.js';
import type { StaffViewer } from '../auth/viewer.js';
import { isLocalDay, localDay } from '../schedules/recurrence.rules.js';
import { offsetPage } from '../schedules/schedule.service.js';
import { isHelperRole, mayRead, mayRecord, recordError } from './team.rules.js';
import { TeamRepository } from './team.repository.js';
import { toTeamRecord, type TeamRecord, type TeamRecordCreateInput } from './team.types.js';

const MAX_SPAN_DAYS = 400;
const bad = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export class TeamService {
  constructor(private readonly db: Database) {}

  async create(input: TeamRecordCreateInput, viewer: StaffViewer, now: Date): Promise<TeamRecord> {
    const helperIds = [...new Set(input.helperIds.map((g) => fromGlobalId(g, 'Staff')?.id ?? ''))];
    if (helperIds.includes('')) throw violation('helperIds', 'NOT_A_HELPER', 'Each of `helperIds` must be the ID of a staff member.');
    const caseFileId = input.caseFileId ? fromGlobalId(input.caseFileId, 'CaseFile')?.id : null;
    if (input.caseFileId && !caseFileId) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', '`caseFileId` is not the ID of a case file.');
    const err = recordError({ kind: input.kind, day: input.day, today: localDay(now), helperCount: helperIds.length, hasCaseFile: !!caseFileId, title: input.title, notes: input.notes });
    if (err) throw violation(err.field, err.code, err.message);
    return this.db.transaction(async (tx) => {
      const repo = new TeamRepository(tx);
      const helpers = await repo.staffByIds(helperIds);
      if (helpers.length !== helperIds.length || helpers.some((h) => !isHelperRole(h.role) || !h.sectorId)) {
        throw violation('helperIds', 'NOT_A_HELPER', 'Each of `helperIds` must be a family helper (AF) or household helper (AMS).');
      }
      const sectorId = helpers[0].sectorId as string;
      if (helpers.some((h) => h.sectorId !== sectorId)) throw violation('helperIds', 'MIXED_SECTORS', 'A record is about helpers of one sector (one team).');
      if (!mayRecord(viewer, input.kind, sectorId)) {
        throw violation('helperIds', 'NOT_YOUR_TEAM', "The sector's social worker records its team's life; the flying social worker its home controls; direction any.");
      }
      if (caseFileId && (await repo.caseSector(caseFileId)) !== sectorId) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file of the helper’s sector has this ID.');
      const row = await repo.insert(
        { kind: input.kind, day: input.day, sectorId, caseFileId: caseFileId ?? null, title: input.title.trim(), notes: input.notes.trim(), byId: viewer.staffId, createdAt: now },
        helperIds,
      );
      return toTeamRecord(row);
    });
  }

  async list(args: { helperId?: string | null; sectorId?: string | null; from: string; to: string; first?: number | null; after?: string | null }, viewer: StaffViewer): Promise<Page<TeamRecord>> {
    if (!!args.helperId === !!args.sectorId) throw bad('helperId', 'Give exactly one of `helperId` or `sectorId`.');
    if (!isLocalDay(args.from)) throw bad('from', '`from` must be a date YYYY-MM-DD.');
    if (!isLocalDay(args.to) || args.to <= args.from) throw bad('to', '`to` must be a date YYYY-MM-DD after `from`.');
    if ((Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 > MAX_SPAN_DAYS) throw bad('to', `A window spans at most ${MAX_SPAN_DAYS} days.`);
    const repo = new TeamRepository(this.db);
    let helperId: string | undefined;
    let sectorId: string | undefined;
    if (args.helperId) {
      helperId = fromGlobalId(args.helperId, 'Staff')?.id;
      if (!helperId) throw bad('helperId', '`helperId` is not the ID of a staff member.');
      // R5: a helper asking about anyone else is refused before anything is looked up.
      if (isHelperRole(viewer.role) && helperId !== viewer.staffId) throw forbidden('R5: a helper reads only the team records about themself.');
      const [h] = await repo.staffByIds([helperId]);
      if (!h || !isHelperRole(h.role)) throw bad('helperId', '`helperId` is not a helper.');
      if (!mayRead(viewer, { helperId, sectorId: h.sectorId })) throw forbidden("Team records are read by the helper's sector social worker and direction.");
    } else {
      sectorId = fromGlobalId(args.sectorId as string, 'Sector')?.id;
      if (!sectorId) throw bad('sectorId', '`sectorId` is not the ID of a sector.');
      if (!mayRead(viewer, { sectorId })) throw forbidden('R5: team records of a sector are for its social worker and direction (a helper: `helperId` of themself).');
    }
    const rows = await repo.list({ helperId, sectorId, from: args.from, to: args.to }, 1000);
    return offsetPage(rows.map(toTeamRecord), args.first, args.after);
  }

  /** `node(id:)`: the record when the viewer may read it (R5), else null. */
  async byId(id: string, viewer: StaffViewer): Promise<TeamRecord | null> {
    const [row] = await new TeamRepository(this.db).byIds([id]);
    if (!row) return null;
    const readable = isHelperRole(viewer.role) ? row.helperIds.includes(viewer.staffId) : mayRead(viewer, { sectorId: row.sectorId });
    return readable ? toTeamRecord(row) : null;
  }
}

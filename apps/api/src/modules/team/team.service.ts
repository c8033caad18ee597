// Team-life use cases: record a meeting, interview, home control or training about helpers; list
// a helper's or a sector's records (R5: a helper only their own; the kiosk never reaches here).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput, Forbidden, violation } from '../../shared/outcome.js';
import { offsetPage, type Page } from '../../shared/paging.js';
import { isLocalDay, localDay } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { isHelper } from '../org/index.js';
import { mayRead, mayRecord, recordError, type TeamRecordKind } from './team.rules.js';
import type { TeamRepository } from './team.repository.js';
import { toTeamRecord, type TeamRecord } from './team.types.js';

const MAX_SPAN_DAYS = 400;

export type TeamRepositories = { team: Pick<TeamRepository, 'staffByIds' | 'caseSector' | 'insert' | 'list' | 'byIds'> };

/** A record to create, with database ids (decoded by the resolver). */
export interface TeamRecordDraft {
  kind: TeamRecordKind;
  day: string;
  helperIds: string[];
  caseFileId: string | null;
  title: string;
  notes: string;
}

export class TeamService {
  constructor(private readonly uow: UnitOfWork<TeamRepositories>) {}

  async create(draft: TeamRecordDraft, viewer: StaffViewer, now: Date): Promise<TeamRecord> {
    const helperIds = [...new Set(draft.helperIds)];
    const { caseFileId } = draft;
    const err = recordError({ kind: draft.kind, day: draft.day, today: localDay(now), helperCount: helperIds.length, hasCaseFile: !!caseFileId, title: draft.title, notes: draft.notes });
    if (err) throw violation(err.field, err.code, err.message);
    return this.uow.run(async ({ team }) => {
      const helpers = await team.staffByIds(helperIds);
      if (helpers.length !== helperIds.length || helpers.some((h) => !isHelper(h.role) || !h.sectorId)) {
        throw violation('helperIds', 'NOT_A_HELPER', 'Each of `helperIds` must be a family helper (AF) or household helper (AMS).');
      }
      const sectorId = helpers[0].sectorId as string;
      if (helpers.some((h) => h.sectorId !== sectorId)) throw violation('helperIds', 'MIXED_SECTORS', 'A record is about helpers of one sector (one team).');
      if (!mayRecord(viewer, draft.kind, sectorId)) {
        throw violation('helperIds', 'NOT_YOUR_TEAM', "The sector's social worker records its team's life; the flying social worker its home controls; direction any.");
      }
      if (caseFileId && (await team.caseSector(caseFileId)) !== sectorId) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file of the helper’s sector has this ID.');
      const row = await team.insert(
        { kind: draft.kind, day: draft.day, sectorId, caseFileId, title: draft.title.trim(), notes: draft.notes.trim(), byId: viewer.staffId, createdAt: now },
        helperIds,
      );
      return toTeamRecord(row);
    });
  }

  /** A helper's (helperId) or a sector's (sectorId) records with a day in [from, to): database ids. */
  async list(args: { helperId: string | null; sectorId: string | null; from: string; to: string; first?: number | null; after?: string | null }, viewer: StaffViewer): Promise<Page<TeamRecord>> {
    const { helperId, sectorId } = args;
    if (!!helperId === !!sectorId) throw new BadInput('helperId', 'Give exactly one of `helperId` or `sectorId`.');
    if (!isLocalDay(args.from)) throw new BadInput('from', '`from` must be a date YYYY-MM-DD.');
    if (!isLocalDay(args.to) || args.to <= args.from) throw new BadInput('to', '`to` must be a date YYYY-MM-DD after `from`.');
    if ((Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 > MAX_SPAN_DAYS) throw new BadInput('to', `A window spans at most ${MAX_SPAN_DAYS} days.`);
    const { team } = this.uow.read;
    if (helperId) {
      // R5: a helper asking about anyone else is refused before anything is looked up.
      if (isHelper(viewer.role) && helperId !== viewer.staffId) throw new Forbidden('R5: a helper reads only the team records about themself (`helperId` must be yours).', 'helperId');
      const [h] = await team.staffByIds([helperId]);
      if (!h || !isHelper(h.role)) throw new BadInput('helperId', '`helperId` is not a helper.');
      if (!mayRead(viewer, { helperId, sectorId: h.sectorId })) throw new Forbidden("R5: `helperId`'s team records are read by the helper's sector social worker and direction.", 'helperId');
    } else if (!mayRead(viewer, { sectorId: sectorId as string })) {
      throw new Forbidden('R5: team records of a sector are for its social worker and direction (a helper: `helperId` of themself).', 'sectorId');
    }
    const rows = await team.list({ helperId: helperId ?? undefined, sectorId: sectorId ?? undefined, from: args.from, to: args.to }, 1000);
    return offsetPage(rows.map(toTeamRecord), args.first, args.after, 'teamRecords');
  }

  /** `node(id:)`: the record when the viewer may read it (R5), else null. */
  async byId(id: string, viewer: StaffViewer): Promise<TeamRecord | null> {
    const [row] = await this.uow.read.team.byIds([id]);
    if (!row) return null;
    const readable = isHelper(viewer.role) ? row.helperIds.includes(viewer.staffId) : mayRead(viewer, { sectorId: row.sectorId });
    return readable ? toTeamRecord(row) : null;
  }
}

// A page of case files gets its beneficiaries, sectors and social workers in one loader batch each,
// before GraphQL walks it: the fields then resolve at once, without a promise and a loader call
// per row and field (150 on a 50-row list). Only what the query selects is fetched, and only for
// the case files whose access lets the viewer read the field (R5: the resolvers check it again).
import type { GraphQLResolveInfo } from 'graphql';
import type DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { selectedAt } from '../../graphql/selection.js';
import type { sectors, staff } from '../../db/schema/index.js';
import { mayRead, type CaseAccess } from './case.access.js';
import { LIST_BENEFICIARY_FIELDS, LIST_SECTOR_FIELDS, LIST_STAFF_FIELDS, type BeneficiaryRow, type ListBeneficiaryRow, type ListRead, type ListRow, type ListSectorRow, type ListStaffRow } from './case.repository.js';

/** What of a case file (CaseFile, case.types.ts, which holds the rows) the related rows are found from. */
interface CaseFile {
  access: CaseAccess;
  beneficiaryDbId: string;
  sectorDbId: string;
  socialWorkerDbId: string;
  related?: RelatedRows;
}

export interface RelatedRows {
  /** The list's columns only when the query asks only the fields they answer (case.repository.ts). */
  beneficiary?: BeneficiaryRow | ListBeneficiaryRow | null;
  sector?: typeof sectors.$inferSelect | ListSectorRow | null;
  socialWorker?: typeof staff.$inferSelect | ListStaffRow | null;
}

/** The case file's fields shown from its details (ListRead): text and JSON the list reads only for them. */
const DETAIL_FIELDS = ['reasonForContact', 'redirectedTo', 'urgentActionTaken', 'needs'];

/** What the list's statement reads for this query: the case file's details if asked, and the related rows of which only fields its columns answer are asked. */
export function readForList(info: GraphQLResolveInfo): ListRead {
  const asked = selectedAt(info, ['edges', 'node']);
  const only = (field: string, columns: ReadonlySet<string>) => asked.has(field) && [...selectedAt(info, ['edges', 'node', field])].every((f) => columns.has(f));
  return {
    details: DETAIL_FIELDS.some((f) => asked.has(f)),
    beneficiary: only('beneficiary', LIST_BENEFICIARY_FIELDS) ? selectedAt(info, ['edges', 'node', 'beneficiary']) : undefined,
    sector: only('sector', LIST_SECTOR_FIELDS),
    socialWorker: only('socialWorker', LIST_STAFF_FIELDS),
  };
}

/** Hands the rows the list's statement joined to the case file, as fetchRelated would: sector and social worker only where the access reads them. */
export function withListed(c: CaseFile, r: ListRow): void {
  if (r.beneficiary) (c.related ??= {}).beneficiary = r.beneficiary;
  if (r.sector && mayRead(c.access, 'sector')) (c.related ??= {}).sector = r.sector;
  if (r.socialWorker && mayRead(c.access, 'socialWorker')) (c.related ??= {}).socialWorker = r.socialWorker;
}

/** Fills `related` on the nodes of a connection, for the fields `info` selects on them (what the list's statement did not bring). */
export async function fetchRelated(nodes: readonly CaseFile[], info: GraphQLResolveInfo, ctx: Context): Promise<void> {
  if (!nodes.length) return;
  const asked = selectedAt(info, ['edges', 'node']);
  const { loaders } = ctx;
  await Promise.all([
    asked.has('beneficiary') && fill(nodes.filter((c) => c.related?.beneficiary === undefined), loaders.beneficiary, (c) => c.beneficiaryDbId, 'beneficiary'),
    asked.has('sector') && fill(nodes.filter((c) => mayRead(c.access, 'sector') && c.related?.sector === undefined), loaders.sector, (c) => c.sectorDbId, 'sector'),
    asked.has('socialWorker') && fill(nodes.filter((c) => mayRead(c.access, 'socialWorker') && c.related?.socialWorker === undefined), loaders.staff, (c) => c.socialWorkerDbId, 'socialWorker'),
  ]);
}

async function fill<K extends keyof RelatedRows>(nodes: readonly CaseFile[], loader: DataLoader<string, RelatedRows[K] | null>, id: (c: CaseFile) => string, field: K) {
  if (!nodes.length) return;
  const rows = await loader.loadMany(nodes.map(id));
  nodes.forEach((c, i) => {
    const row = rows[i];
    if (row instanceof Error) return; // left to the field's own loader call, which reports it
    (c.related ??= {})[field] = row;
  });
}

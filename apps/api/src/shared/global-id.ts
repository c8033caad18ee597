// Global IDs (Relay): "Type:uuid" in base64url. Encoded by the GraphQL mappers and decoded once at
// the boundary (resolvers, graphql/ids.ts); services take database ids.

// Every type whose objects carry a global ID: an ID naming any other type is malformed, not unknown.
export const NODE_TYPE_NAMES = [
  'Staff', 'Sector', 'Binome', 'PermanenceShift', 'PermanenceReplacement', 'PermanenceSwap', 'Alert', 'Absence', 'KioskToken', 'CaseFile', 'Beneficiary', 'AidPlanVersion', 'Visit', 'FileCheck', 'AidDecision', 'IncomeProof', 'IncomeFollowUp', 'PlanningRequest', 'Planning', 'PlanningItem', 'FlyingAssignment', 'ScheduleEntry', 'ScheduleChange', 'ScheduleConflict', 'SchedulePattern', 'LeaveRequest', 'TeamRecord', 'ReportingToken', 'Incident', 'IncidentDocument', 'SatisfactionCheck', 'SatisfactionSettings',
] as const;
export type NodeTypeName = (typeof NODE_TYPE_NAMES)[number];
const NODE_TYPES: ReadonlySet<string> = new Set(NODE_TYPE_NAMES);

// The same rows are shown again and again (a list's page, its sectors and social workers): each
// type's IDs are kept, 4,000 at most, rather than encoded into a Buffer each time.
const MAX_KEPT = 4_000;
const kept = new Map<NodeTypeName, Map<string, string>>();

export function toGlobalId(type: NodeTypeName, id: string): string {
  let ids = kept.get(type);
  if (!ids) kept.set(type, (ids = new Map()));
  let globalId = ids.get(id);
  if (globalId === undefined) {
    if (ids.size >= MAX_KEPT) ids.clear();
    ids.set(id, (globalId = Buffer.from(`${type}:${id}`).toString('base64url')));
  }
  return globalId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; null when it is malformed (a type no object has included) or of another type. */
export function fromGlobalId(globalId: string, expected?: NodeTypeName): { type: NodeTypeName; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return null;
  const type = decoded.slice(0, sep) as NodeTypeName;
  const id = decoded.slice(sep + 1);
  if (!UUID.test(id) || !NODE_TYPES.has(type)) return null;
  if (expected && type !== expected) return null;
  return { type, id };
}

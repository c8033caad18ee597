// Relay conventions shared by every module: global IDs, the Node interface, cursor connections.
import { Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';
import { GraphQLError } from 'graphql';

export const MAX_PAGE = 100;

export type NodeTypeName = 'Staff' | 'Sector' | 'Binome' | 'PermanenceShift' | 'PermanenceReplacement' | 'Alert' | 'Absence' | 'KioskToken' | 'CaseFile' | 'Beneficiary' | 'AidPlanVersion' | 'Visit' | 'FileCheck' | 'AidDecision' | 'IncomeProof' | 'IncomeFollowUp' | 'PlanningRequest' | 'Planning' | 'PlanningItem' | 'FlyingAssignment' | 'ScheduleEntry' | 'ScheduleChange' | 'ScheduleConflict' | 'SchedulePattern' | 'LeaveRequest' | 'TeamRecord';

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; null when it is malformed or of another type. */
export function fromGlobalId(globalId: string, expected?: NodeTypeName): { type: NodeTypeName; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return null;
  const type = decoded.slice(0, sep) as NodeTypeName;
  const id = decoded.slice(sep + 1);
  if (!UUID.test(id)) return null;
  if (expected && type !== expected) return null;
  return { type, id };
}

@InterfaceType({ description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

// Keyset cursors: the sort key of the last row, opaque to clients.
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

// What toPage puts into a key: positions, ranks, row IDs and instants. Anything else was tampered
// with and would reach the database as a malformed parameter.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
function isKeyPart(part: unknown): boolean {
  if (typeof part === 'number') return Number.isSafeInteger(part) && part >= 0;
  if (typeof part !== 'string') return false;
  if (part === '' || UUID.test(part)) return true;
  const t = ISO_INSTANT.test(part) ? Date.parse(part) : NaN;
  return t >= Date.UTC(1900, 0, 1) && t < Date.UTC(2200, 0, 1);
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every(isKeyPart)) return key;
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError('`after` is not a cursor this list gave out', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new GraphQLError(`\`first\` must be between 1 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  }
  return n;
}

/** Rows fetched with limit first+1 become a page. */
export function toPage<R, T>(rows: R[], first: number, totalCount: number, key: (row: R) => unknown[], map: (row: R) => T): Page<T> {
  const slice = rows.slice(0, first);
  const edges = slice.map((row) => ({ cursor: encodeCursor(key(row)), node: map(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

// Keyset pages, shared by every list: the sort key of the last row is the cursor, opaque to clients.
// Each cursor carries the name of the list that gave it out: two lists sorted alike (an instant and an
// ID) would otherwise read each other's cursors and silently answer a wrong page.
import { BadInput } from './outcome.js';

export const MAX_PAGE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** `list` names the list giving the cursor out (its field name, e.g. `caseFiles`). */
export function encodeCursor(list: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

// What toPage puts into a key, part by part: positions and ranks, instants and row IDs. A cursor
// whose parts are not the list's own was tampered with: refused here, naming `after`, rather than
// reaching the database as a malformed parameter (a position read as a date).
export type KeyPart = 'position' | 'instant' | 'id';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
function isKeyPart(part: unknown, kind: KeyPart): boolean {
  if (kind === 'position') return typeof part === 'number' && Number.isSafeInteger(part) && part >= 0;
  if (typeof part !== 'string') return false;
  if (kind === 'id') return UUID.test(part);
  const t = ISO_INSTANT.test(part) ? Date.parse(part) : NaN;
  return t >= Date.UTC(1900, 0, 1) && t < Date.UTC(2200, 0, 1);
}

export function decodeCursor(cursor: string, list: string, shape: readonly KeyPart[]): unknown[] {
  try {
    const tagged = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(tagged) && tagged[0] === list) {
      const key = tagged.slice(1);
      if (key.length === shape.length && key.every((part, i) => isKeyPart(part, shape[i]))) return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInput('after', `\`after\` is not a cursor this list gave out: pass the \`endCursor\` (or an edge's \`cursor\`) of an earlier page of \`${list}\`, or leave \`after\` out for the first page.`);
}

/**
 * A list's `after` argument: null when absent (the first page), else the key it holds. An empty
 * string is no cursor this API gives out, so it is refused like any other, not read as "from the start".
 */
export function afterKey(after: string | null | undefined, list: string, shape: readonly KeyPart[]): unknown[] | null {
  return after === null || after === undefined ? null : decodeCursor(after, list, shape);
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw new BadInput('first', `\`first\` must be between 1 and ${MAX_PAGE}`);
  return n;
}

/** An edge whose cursor is encoded when read: most reads of a list ask the last one only (endCursor). */
class Edge<R, T> {
  #cursor: string | undefined;
  constructor(
    private readonly row: R,
    private readonly list: string,
    private readonly key: (row: R) => unknown[],
    readonly node: T,
  ) {}

  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.list, this.key(this.row)));
  }
}

/** Rows fetched with limit first+1 become a page. */
export function toPage<R, T>(rows: R[], first: number, totalCount: number, list: string, key: (row: R) => unknown[], map: (row: R) => T): Page<T> {
  const slice = rows.slice(0, first);
  const edges = slice.map((row) => new Edge(row, list, key, map(row)));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * A page whose `totalCount` is counted only when asked for (a getter: GraphQL reads it only when
 * the field is selected), instead of one more statement on every read of the list.
 */
export function withCountWhenAsked<P extends Page<unknown>>(page: P, count: () => Promise<number>): Omit<P, 'totalCount'> & { readonly totalCount: Promise<number> } {
  const { totalCount: _unused, ...rest } = page;
  let counted: Promise<number> | undefined;
  return Object.defineProperty(rest, 'totalCount', { get: () => (counted ??= count()), enumerable: true }) as Omit<P, 'totalCount'> & { readonly totalCount: Promise<number> };
}

/** A page of a list already in memory (short lists sorted in code): the cursor is the position. */
export function offsetPage<T>(all: T[], first: number | null | undefined, after: string | null | undefined, list: string): Page<T> {
  const n = pageSize(first);
  const start = Number(afterKey(after, list, ['position'])?.[0] ?? 0);
  const slice = all.slice(start, start + n);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor(list, [start + i + 1]), node }));
  return { edges, pageInfo: { hasNextPage: start + n < all.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: all.length };
}

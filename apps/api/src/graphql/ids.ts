// Global IDs are decoded here, once, at the boundary: services take database ids.
import { fromGlobalId, type NodeTypeName } from '../shared/global-id.js';
import { BadInput, violation } from '../shared/outcome.js';

const article = (type: string) => (/^[AEIOU]/.test(type) ? 'an' : 'a');

/** A query argument (a lookup such as `caseFile(id:)` too): its database id, or BAD_USER_INPUT naming the argument. */
export function argId(globalId: string, type: NodeTypeName, field: string, message?: string): string {
  const parsed = fromGlobalId(globalId, type);
  if (!parsed) throw new BadInput(field, message ?? `\`${field}\` is not the ID of ${article(type)} ${type}.`);
  return parsed.id;
}

/** An optional query argument: null when absent. */
export function argIdOrNull(globalId: string | null | undefined, type: NodeTypeName, field: string, message?: string): string | null {
  return globalId === null || globalId === undefined ? null : argId(globalId, type, field, message);
}

/**
 * A mutation's input field: its database id, or a rule violation the payload turns into userErrors
 * (call it inside `payload(() => …)`), with the module's own code, e.g. UNKNOWN_CASE_FILE.
 */
export function inputId(globalId: string, type: NodeTypeName, field: string, code: string, message?: string): string {
  const parsed = fromGlobalId(globalId, type);
  if (!parsed) throw violation(field, code, message ?? `\`${field}\` is not the ID of ${article(type)} ${type}.`);
  return parsed.id;
}

/** An optional input field: null when absent or empty. */
export function inputIdOrNull(globalId: string | null | undefined, type: NodeTypeName, field: string, code: string, message?: string): string | null {
  return globalId === null || globalId === undefined || globalId === '' ? null : inputId(globalId, type, field, code, message);
}

/**
 * A list's filter argument: null when absent or empty; an ID of another type or a malformed one is
 * bad input naming the argument (as `whoToCall(sectorId:)`), not a filter that finds nothing.
 */
export function filterId(globalId: string | null | undefined, type: NodeTypeName, field: string): string | null {
  return globalId === '' ? null : argIdOrNull(globalId, type, field);
}

/**
 * `node(id:)`'s argument: an ID of any type, or bad input naming the argument when it is malformed.
 * (Relay: an ID well formed but naming nothing the viewer may read answers null, not an error.)
 */
export function anyNodeId(globalId: string, field: string): string {
  if (!fromGlobalId(globalId)) throw new BadInput(field, `\`${field}\` is not an ID this API gave out.`);
  return globalId;
}

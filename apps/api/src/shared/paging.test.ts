// A cursor is checked against the key its list gives out, part by part: anything else names `after`.
import { describe, expect, it } from 'vitest';
import { afterKey, decodeCursor, encodeCursor, offsetPage } from './paging.js';

const ID = '0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a';
const refused = (cursor: string, shape: Parameters<typeof decodeCursor>[2]) => {
  try {
    decodeCursor(cursor, 'caseFiles', shape);
  } catch (err) {
    return { field: (err as { field?: string }).field, message: (err as Error).message };
  }
  return null;
};

describe('decodeCursor', () => {
  it('gives back a key of the list’s own shape', () => {
    expect(decodeCursor(encodeCursor('caseFiles', ['2026-11-23T09:00:00.000Z', ID]), 'caseFiles', ['instant', 'id'])).toEqual(['2026-11-23T09:00:00.000Z', ID]);
    expect(decodeCursor(encodeCursor('alerts', [3, '2026-11-23T09:00:00.000Z', ID]), 'alerts', ['position', 'instant', 'id'])).toEqual([3, '2026-11-23T09:00:00.000Z', ID]);
  });

  it.each([
    ['numbers where an instant and an ID belong', encodeCursor('caseFiles', [1, 2])],
    ['an ID where the instant belongs', encodeCursor('caseFiles', [ID, ID])],
    ['an instant where the ID belongs', encodeCursor('caseFiles', ['2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z'])],
    ['one part too few', encodeCursor('caseFiles', ['2026-11-23T09:00:00.000Z'])],
    ['a cursor of another list sorted alike', encodeCursor('permanenceShifts', ['2026-11-23T09:00:00.000Z', ID])],
    ['an untagged cursor', Buffer.from(JSON.stringify(['2026-11-23T09:00:00.000Z', ID])).toString('base64url')],
    ['not JSON', 'bm90IGpzb24'],
  ])('refuses %s, naming `after` in one message', (_, cursor) => {
    expect(refused(cursor, ['instant', 'id'])).toEqual({ field: 'after', message: expect.stringMatching(/^`after` is not a cursor this list gave out: .*`caseFiles`/) });
  });
});

describe('afterKey and offsetPage: no `after` is the first page, an empty one is malformed', () => {
  it('reads an absent `after` as the first page', () => {
    expect(afterKey(null, 'incidents', ['position'])).toBeNull();
    expect(afterKey(undefined, 'incidents', ['position'])).toBeNull();
    expect(offsetPage(['a', 'b'], 1, null, 'incidents').edges.map((e) => e.node)).toEqual(['a']);
  });

  it('refuses an empty `after`, naming it, in keyset and in-memory lists alike', () => {
    expect(() => afterKey('', 'caseFiles', ['instant', 'id'])).toThrow('`after` is not a cursor this list gave out');
    expect(() => offsetPage(['a', 'b'], 1, '', 'incidents')).toThrow('`after` is not a cursor this list gave out');
  });

  it('an in-memory list reads its own cursors and refuses another list’s', () => {
    const first = offsetPage(['a', 'b'], 1, null, 'incidents');
    expect(offsetPage(['a', 'b'], 1, first.pageInfo.endCursor, 'incidents').edges.map((e) => e.node)).toEqual(['b']);
    expect(() => offsetPage(['a', 'b'], 1, first.pageInfo.endCursor, 'teamRecords')).toThrow('`after` is not a cursor this list gave out');
  });
});

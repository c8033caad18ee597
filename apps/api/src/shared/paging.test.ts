// A cursor is checked against the key its list gives out, part by part: anything else names `after`.
import { describe, expect, it } from 'vitest';
import { afterKey, decodeCursor, encodeCursor, offsetPage } from './paging.js';

const ID = '0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a';
const refused = (cursor: string, shape: Parameters<typeof decodeCursor>[1]) => {
  try {
    decodeCursor(cursor, shape);
  } catch (err) {
    return { field: (err as { field?: string }).field, message: (err as Error).message };
  }
  return null;
};

describe('decodeCursor', () => {
  it('gives back a key of the list’s own shape', () => {
    expect(decodeCursor(encodeCursor(['2026-11-23T09:00:00.000Z', ID]), ['instant', 'id'])).toEqual(['2026-11-23T09:00:00.000Z', ID]);
    expect(decodeCursor(encodeCursor([3, '2026-11-23T09:00:00.000Z', ID]), ['position', 'instant', 'id'])).toEqual([3, '2026-11-23T09:00:00.000Z', ID]);
  });

  it.each([
    ['numbers where an instant and an ID belong', encodeCursor([1, 2])],
    ['an ID where the instant belongs', encodeCursor([ID, ID])],
    ['an instant where the ID belongs', encodeCursor(['2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z'])],
    ['one part too few', encodeCursor(['2026-11-23T09:00:00.000Z'])],
    ['not JSON', 'bm90IGpzb24'],
  ])('refuses %s, naming `after` in one message', (_, cursor) => {
    expect(refused(cursor, ['instant', 'id'])).toEqual({ field: 'after', message: '`after` is not a cursor this list gave out' });
  });
});

describe('afterKey and offsetPage: no `after` is the first page, an empty one is malformed', () => {
  it('reads an absent `after` as the first page', () => {
    expect(afterKey(null, ['position'])).toBeNull();
    expect(afterKey(undefined, ['position'])).toBeNull();
    expect(offsetPage(['a', 'b'], 1, null).edges.map((e) => e.node)).toEqual(['a']);
  });

  it('refuses an empty `after`, naming it, in keyset and in-memory lists alike', () => {
    expect(() => afterKey('', ['instant', 'id'])).toThrow('`after` is not a cursor this list gave out');
    expect(() => offsetPage(['a', 'b'], 1, '')).toThrow('`after` is not a cursor this list gave out');
  });
});

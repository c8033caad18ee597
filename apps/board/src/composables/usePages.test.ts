import { describe, expect, it } from 'vitest';
import { pageStarts } from './usePages';

describe('pageStarts', () => {
  it('puts whole items on each page, as many as fit', () => {
    const boxes = [0, 1, 2, 3, 4].map((i) => ({ top: i * 110, height: 100 }));
    // 100 + 10 gap: two items need 210, three 320.
    expect(pageStarts(boxes, 320)).toEqual([0, 3]);
    expect(pageStarts(boxes, 319)).toEqual([0, 2, 4]);
    expect(pageStarts(boxes, 1_000)).toEqual([0]);
  });

  it('gives an item taller than the room a page of its own rather than looping', () => {
    expect(pageStarts([{ top: 0, height: 500 }, { top: 510, height: 50 }], 100)).toEqual([0, 1]);
    expect(pageStarts([], 100)).toEqual([]);
  });
});

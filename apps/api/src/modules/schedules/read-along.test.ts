// What a schedule list hands its resolver to prime the loaders: the page's rows' staff and sectors
// only, not those of every row the viewer may see (a conflict list reads up to 1000).
import { describe, expect, it } from 'vitest';
import { offsetPage } from '../../shared/paging.js';
import { pageReadingAlong, type ReadAlong } from './schedule.types.js';

const person = (id: string) => ({ id }) as ReadAlong['staff'][number];
const sector = (id: string) => ({ id }) as ReadAlong['sectors'][number];
const rows = [
  { node: 'a', r: { staff: [person('s1'), person('s2')], sector: sector('x') } },
  { node: 'b', r: { staff: [person('s1')], sector: null } },
  { node: 'c', r: { staff: [person('s3')], sector: sector('y') } },
];

describe('pageReadingAlong', () => {
  it("names the page's staff and sectors once each, not the rows left off the page", () => {
    const page = pageReadingAlong(offsetPage(rows, 2, null, 'scheduleChanges'));
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.totalCount).toBe(3);
    expect(page.read.staff.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(page.read.sectors.map((s) => s.id)).toEqual(['x']);
  });

  it('follows the cursor: the next page names its own rows only', () => {
    const first = pageReadingAlong(offsetPage(rows, 2, null, 'scheduleChanges'));
    const next = pageReadingAlong(offsetPage(rows, 2, first.pageInfo.endCursor, 'scheduleChanges'));
    expect(next.edges.map((e) => e.node)).toEqual(['c']);
    expect(next.read).toEqual({ staff: [{ id: 's3' }], sectors: [{ id: 'y' }] });
  });
});

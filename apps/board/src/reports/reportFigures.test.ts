// The Rapports page's satisfaction table from the API's report: the last month over only, per sector,
// withheld domains kept as withheld (no number invented for them).
import { describe, expect, it } from 'vitest';
import type { BoardReportsQuery } from '@relais/schema';
import { satisfactionTable } from './reportFigures';

const fig = (month: string, sectorCode: string, domain: string, checks: number, answers: number, meanScore: number | null) => ({ month, sectorCode, domain, checks, answers, meanScore, withheld: meanScore === null });

describe('satisfactionTable', () => {
  it('takes the last month over, one row per sector with its checks and each domain’s mean or withheld', () => {
    const r = {
      satisfactionReport: {
        firstMonth: '2026-01',
        lastMonth: '2026-02',
        partialUntil: null,
        minGroupSize: 3,
        figures: [
          fig('2026-01', 'S1', 'PUNCTUALITY', 5, 5, 4.2),
          fig('2026-02', 'S2', 'PUNCTUALITY', 4, 4, 3.75),
          fig('2026-02', 'S2', 'COMMUNICATION_WITH_SERVICE', 4, 2, null),
          fig('2026-02', 'S1', 'PUNCTUALITY', 3, 3, 4.33),
        ],
      },
    } as unknown as BoardReportsQuery;
    expect(satisfactionTable(r)).toEqual({
      month: '2026-02',
      minGroupSize: 3,
      rows: [
        { sector: 'S1', checks: 3, domains: { PUNCTUALITY: { meanScore: 4.33, answers: 3, withheld: false } } },
        { sector: 'S2', checks: 4, domains: { PUNCTUALITY: { meanScore: 3.75, answers: 4, withheld: false }, COMMUNICATION_WITH_SERVICE: { meanScore: null, answers: 2, withheld: true } } },
      ],
    });
  });

  it('skips the current month, partial (up to today), for the month before it', () => {
    const r = {
      satisfactionReport: {
        firstMonth: '2025-04',
        lastMonth: '2026-01',
        partialUntil: '2026-01-12',
        minGroupSize: 3,
        figures: [fig('2025-12', 'S1', 'PUNCTUALITY', 6, 6, 3.5), fig('2026-01', 'S1', 'PUNCTUALITY', 3, 3, 1.67)],
      },
    } as unknown as BoardReportsQuery;
    expect(satisfactionTable(r)).toEqual({ month: '2025-12', minGroupSize: 3, rows: [{ sector: 'S1', checks: 6, domains: { PUNCTUALITY: { meanScore: 3.5, answers: 6, withheld: false } } }] });
  });

  it('has no month and no row before a month of the period is over', () => {
    const none = { satisfactionReport: { firstMonth: null, lastMonth: null, partialUntil: null, minGroupSize: 3, figures: [] } } as unknown as BoardReportsQuery;
    expect(satisfactionTable(none)).toEqual({ month: null, minGroupSize: 3, rows: [] });
    const onlyCurrent = { satisfactionReport: { firstMonth: '2026-03', lastMonth: '2026-03', partialUntil: '2026-03-18', minGroupSize: 3, figures: [fig('2026-03', 'S1', 'PUNCTUALITY', 3, 3, 4)] } } as unknown as BoardReportsQuery;
    expect(satisfactionTable(onlyCurrent)).toEqual({ month: null, minGroupSize: 3, rows: [] });
  });
});

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
        lastMonth: '2026-02',
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

  it('has no month and no row before a month of the period is over', () => {
    const r = { satisfactionReport: { lastMonth: null, minGroupSize: 3, figures: [] } } as unknown as BoardReportsQuery;
    expect(satisfactionTable(r)).toEqual({ month: null, minGroupSize: 3, rows: [] });
  });
});

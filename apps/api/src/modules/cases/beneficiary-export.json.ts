// A beneficiary's export as JSON: the rows as stored, with global IDs for the beneficiary and its
// case files, and each case file's rows from every part (the core's transitions, then the siblings').
import { toGlobalId } from '../../shared/global-id.js';

type Part = Record<string, { caseFileId: string }[]>;

export function exportJson(beneficiary: { id: string }, cases: { id: string }[], parts: Part[], now: Date): Record<string, unknown> {
  const of = <R extends { caseFileId: string }>(rows: R[], caseId: string) => rows.filter((r) => r.caseFileId === caseId);
  return {
    exportedAt: now.toISOString(),
    beneficiary: { ...beneficiary, id: toGlobalId('Beneficiary', beneficiary.id) },
    caseFiles: cases.map((c) => ({
      ...c,
      id: toGlobalId('CaseFile', c.id),
      ...Object.fromEntries(parts.flatMap((part) => Object.entries(part).map(([key, rows]) => [key, of(rows, c.id)]))),
    })),
  };
}

// Every list of the schema that pages with `after`, each with the arguments it needs on the demo
// service (client-errors.test.ts checks this is all of them: a new list must be added here).
import type { TestServer } from './server.js';

export async function pagedLists(server: TestServer, token: string): Promise<Record<string, string>> {
  const sectors = await server.gql<{ sectors: { id: string }[] }>('{ sectors { id } }', {}, token);
  const sectorId = sectors.data?.sectors[0]?.id;
  const day = server.clock.now.toISOString().slice(0, 10);
  const week = `from: "${day}T00:00:00Z", to: "${new Date(server.clock.now.getTime() + 7 * 86_400_000).toISOString()}"`;
  const entries = await server.gql(`{ scheduleEntries(sectorId: "${sectorId}", ${week}, first: 100) { edges { node { pattern { id } } } } }`, {}, token);
  const patternId = (entries.data?.scheduleEntries.edges as { node: { pattern: { id: string } | null } }[] | undefined)?.find((e) => e.node.pattern)?.node.pattern?.id;
  if (!sectorId || !patternId) throw new Error(`the demo seed has no sector or schedule pattern: ${JSON.stringify(entries.errors)}`);
  return {
    alerts: '',
    auditEntries: '',
    caseFiles: '',
    fileChecks: '',
    incidents: '',
    incomeProofFollowUps: '',
    leaveBalances: `month: "${day.slice(0, 7)}", sectorId: "${sectorId}"`,
    permanenceShifts: '',
    reportingTokens: '',
    scheduleChanges: `day: "${day}"`,
    scheduleConflicts: '',
    scheduleEntries: `sectorId: "${sectorId}", ${week}`,
    schedulePatternOccurrences: `${week}, patternId: "${patternId}"`,
    teamRecords: `sectorId: "${sectorId}", from: "2026-01-01", to: "2026-02-01"`,
    visitReportsHandedToMe: '',
  };
}

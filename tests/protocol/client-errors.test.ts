// What an API client gets wrong and is told so, clearly: an empty cursor, a document refused over
// WebSocket, a GET without the CSRF header. Outside check of the API; over real HTTP and WebSocket.
import { buildSchema, getNamedType, type GraphQLField } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const email = server.demo?.logins.find((l) => l.role === 'DIRECTOR')?.email;
  if (!email) throw new Error('the demo seed has no director login');
  director = await server.login(email);
});
afterAll(() => server?.close());

const sdl = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));

describe('connections: an empty `after` is a malformed cursor, not "from the start"', () => {
  // Every list of the schema that pages with `after`, with the arguments it needs; a new list must be added here.
  const lists = async (): Promise<Record<string, string>> => {
    const sectors = await server.gql<{ sectors: { id: string }[] }>('{ sectors { id } }', {}, director);
    const sectorId = sectors.data?.sectors[0]?.id;
    const day = server.clock.now.toISOString().slice(0, 10);
    const week = `from: "${day}T00:00:00Z", to: "${new Date(server.clock.now.getTime() + 7 * 86_400_000).toISOString()}"`;
    const entries = await server.gql(`{ scheduleEntries(sectorId: "${sectorId}", ${week}, first: 100) { edges { node { pattern { id } } } } }`, {}, director);
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
  };

  it('the lists checked here are all the lists that take `after`', () => {
    const paged = Object.values(sdl.getQueryType()?.getFields() ?? {}).filter((f: GraphQLField<unknown, unknown>) => f.args.some((a) => a.name === 'after') && getNamedType(f.type).name.endsWith('Connection'));
    expect(paged.map((f) => f.name).sort()).toEqual(['alerts', 'auditEntries', 'caseFiles', 'fileChecks', 'incidents', 'incomeProofFollowUps', 'leaveBalances', 'permanenceShifts', 'reportingTokens', 'scheduleChanges', 'scheduleConflicts', 'scheduleEntries', 'schedulePatternOccurrences', 'teamRecords', 'visitReportsHandedToMe']);
  });

  it('each list answers after: "" with BAD_USER_INPUT naming `after`, and without `after` its first page', async () => {
    for (const [list, args] of Object.entries(await lists())) {
      const call = (after: string) => {
        const all = [args, after].filter(Boolean).join(', ');
        return `{ ${list}${all ? `(${all})` : ''} { totalCount } }`;
      };
      const empty = await server.gql(call('after: ""'), {}, director);
      expect(empty.errors?.[0]?.extensions, list).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(empty.errors?.[0]?.message, list).toContain('`after`');
      const first = await server.gql(call(''), {}, director);
      expect(first.errors, list).toBeUndefined();
    }
  });

  it('the same through a variable', async () => {
    const r = await server.gql('query ($after: String) { caseFiles(after: $after) { totalCount } }', { after: '' }, director);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

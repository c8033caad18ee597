// What an API client gets wrong and is told so, clearly: an empty cursor, a document refused over
// WebSocket, a GET without the CSRF header. Outside check of the API; over real HTTP and WebSocket.
import { buildSchema, getNamedType, type GraphQLField } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { pagedLists } from '@support/paged-lists.js';

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
  const lists = () => pagedLists(server, director);

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

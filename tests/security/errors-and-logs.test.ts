// Issue 9, item 8: identity and health data never reach a log line or an error message. A database
// error is answered as a clear error (naming the field where it can), never as a fault carrying the
// SQL statement and its parameters, and its log line holds neither.
import { eq, sql as drizzleSql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beneficiaries } from '../../apps/api/src/db/schema/index.js';
import { logger } from '../../apps/api/src/logger.js';
import { captureLogs } from '@support/logs.js';
import { startTestServer, type TestServer } from '@support/server.js';

let server: TestServer;
let prod: TestServer;
let token: string;
let lines: string[] = [];
let restore: () => void = () => {};
const secret = { nrn: '', health: '', income: '', id: '', version: 0 };

beforeAll(async () => {
  [server, prod] = await Promise.all([startTestServer({ seed: true }), startTestServer({ seed: true, production: true })]);
  const director = server.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!director) throw new Error('the demo has no director');
  token = await server.login(director.email);
  const [b] = await server.db.db
    .select()
    .from(beneficiaries)
    .where(drizzleSql`${beneficiaries.nationalRegisterNumber} is not null and ${beneficiaries.healthNotes} is not null and ${beneficiaries.monthlyIncome} is not null`)
    .limit(1);
  const r = await server.gql('query ($id: ID!) { node(id: $id) { id } }', { id: Buffer.from(`Beneficiary:${b.id}`).toString('base64url') }, token);
  secret.id = (r.data?.node as { id: string }).id;
  secret.version = b.version;
  secret.nrn = String(b.nationalRegisterNumber);
  secret.health = String(b.healthNotes).slice(0, 20);
  secret.income = String(b.monthlyIncome);
  ({ lines, restore } = captureLogs());
}, 120_000);

afterEach(() => {
  lines.length = 0;
});

afterAll(async () => {
  restore();
  await Promise.all([server?.close(), prod?.close()]);
});

const UPDATE = 'mutation ($input: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $input) { beneficiary { id } userErrors { field code message } } }';

function expectNothingSecret(text: string) {
  expect(text).not.toContain(secret.nrn);
  expect(text).not.toContain(secret.health);
  expect(text.toLowerCase()).not.toMatch(/failed query|params:|update "beneficiaries"|insert into/);
}

describe('the cases seen', () => {
  it.each([
    ['a NUL byte in a name', { firstName: 'Ann\u0000e' }, 'firstName'],
    ['an income of 1e15', { monthlyIncome: 1e15 }, 'monthlyIncome'],
  ])('%s: a clear error naming the field, no SQL or data in the answer or the logs', async (_name, changes, field) => {
    for (const s of [server]) {
      const res = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: UPDATE, variables: { input: { beneficiaryId: secret.id, expectedVersion: secret.version, changes: { ...changes, healthNotes: `${secret.health} and more`, nationalRegisterNumber: secret.nrn } } } }),
      });
      const text = await res.text();
      expectNothingSecret(text);
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');
      const body = JSON.parse(text);
      const problems = [...(body.errors ?? []).map((e: { extensions: { field?: unknown } }) => e.extensions.field), ...(body.data?.beneficiaryUpdate?.userErrors ?? []).map((u: { field: string[] }) => u.field)];
      expect(JSON.stringify(problems)).toContain(field);
    }
    expectNothingSecret(lines.join('\n'));
  });
});

describe('a database error that gets past the input checks', () => {
  /** A real postgres.js error from drizzle, as a repository would throw it: statement and parameters inside. */
  async function realDatabaseError(value: Record<string, unknown>): Promise<unknown> {
    try {
      await server.db.db.update(beneficiaries).set(value).where(eq(beneficiaries.nationalRegisterNumber, secret.nrn));
    } catch (err) {
      return err;
    }
    throw new Error('expected the database to refuse');
  }

  it('is logged without its statement or parameters', async () => {
    const err = await realDatabaseError({ healthNotes: `${secret.health}\u0000` });
    logger.error({ err }, 'graphql fault');
    const logged = lines.join('\n');
    expect(logged).toContain('graphql fault');
    expectNothingSecret(logged);
  });

  it('is answered BAD_USER_INPUT naming the column, in production too, with nothing of the statement', async () => {
    const { formatFault } = await import('../../apps/api/src/graphql/faults.js');
    const err = await realDatabaseError({ monthlyIncome: '1000000000000000' });
    for (const production of [false, true]) {
      const answer = formatFault({ message: String((err as Error).message), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err, production);
      expect(answer.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyIncome' });
      expectNothingSecret(JSON.stringify(answer));
    }
    expectNothingSecret(lines.join('\n'));
  });

  it('a fault without a user cause stays INTERNAL_SERVER_ERROR, its message free of the statement outside production', async () => {
    const { formatFault } = await import('../../apps/api/src/graphql/faults.js');
    let err: unknown;
    try {
      await server.db.db.execute(drizzleSql`select * from no_such_table where nrn = ${secret.nrn}`);
    } catch (e) {
      err = e;
    }
    const answer = formatFault({ message: String((err as Error).message), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err, false);
    expect(answer.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expectNothingSecret(JSON.stringify(answer));
    expectNothingSecret(lines.join('\n'));
  });
});

describe('production', () => {
  it('answers the NUL byte with a clear error too, not a bare "Internal server error"', async () => {
    const director = prod.demo?.logins.find((l) => l.role === 'DIRECTOR');
    const prodToken = await prod.login(director?.email ?? '');
    const [b] = await prod.db.db.select().from(beneficiaries).limit(1);
    const r = await prod.gql(UPDATE, { input: { beneficiaryId: Buffer.from(`Beneficiary:${b.id}`).toString('base64url'), expectedVersion: b.version, changes: { lastName: 'X\u0000' } } }, prodToken);
    const text = JSON.stringify(r);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(text).toContain('lastName');
    expectNothingSecret(lines.join('\n'));
  });
});

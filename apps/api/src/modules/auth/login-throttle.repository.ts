// Login attempts in PostgreSQL, so that every API process throttles the same guesses.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { loginAttempts } from '../../db/schema/index.js';
import type { FailureCount, LoginHistory } from './login-throttle.rules.js';

type Outcome = (typeof loginAttempts.$inferInsert)['outcome'];

export class LoginThrottleRepository {
  constructor(private readonly db: Executor) {}

  /** Until commit, other attempts on this account or from this address wait: parallel guesses are counted one by one. */
  async lock(account: string, address: string) {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login-account:${account}`}, 0))`);
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login-address:${address}`}, 0))`);
  }

  /** Failures (FAILED or PENDING) per scope in its window, each counted only since the scope's last success. */
  async history(account: string, address: string, now: Date, windows: { pair: number; account: number; address: number }): Promise<LoginHistory> {
    const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const scope = async (cond: (t: string) => ReturnType<typeof sql>, windowMs: number): Promise<FailureCount> => {
      const rows = await this.db.execute<{ failures: string; last_at: string | Date | null }>(sql`
        select count(*) as failures, max(a.at) as last_at
        from login_attempts a
        where ${cond('a')} and a.outcome in ('FAILED', 'PENDING') and a.at > ${since(windowMs)}::timestamptz
          and a.id > coalesce((select max(s.id) from login_attempts s where ${cond('s')} and s.outcome = 'SUCCEEDED'), 0)
      `);
      const row = rows[0];
      return { failures: Number(row?.failures ?? 0), lastAt: row?.last_at ? new Date(row.last_at) : null };
    };
    const byAccount = (t: string) => sql`${sql.raw(t)}.account = ${account}`;
    const byAddress = (t: string) => sql`${sql.raw(t)}.address = ${address}`;
    return {
      pair: await scope((t) => sql`${byAccount(t)} and ${byAddress(t)}`, windows.pair),
      account: await scope(byAccount, windows.account),
      address: await scope(byAddress, windows.address),
    };
  }

  async record(account: string, address: string, outcome: Outcome, at: Date): Promise<number> {
    const [row] = await this.db.insert(loginAttempts).values({ account, address, outcome, at }).returning({ id: loginAttempts.id });
    return row.id;
  }

  async settle(id: number, outcome: Outcome) {
    await this.db.update(loginAttempts).set({ outcome }).where(and(eq(loginAttempts.id, id), eq(loginAttempts.outcome, 'PENDING')));
  }

  /** Attempts older than any window are of no use any more. */
  async purgeBefore(before: Date) {
    await this.db.delete(loginAttempts).where(lt(loginAttempts.at, before));
  }
}

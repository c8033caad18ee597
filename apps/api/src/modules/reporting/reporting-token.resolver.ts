// Reporting tokens over GraphQL: direction makes, lists and revokes them.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { TOKEN_KEEPERS } from './reporting-token.rules.js';
import type { ReportingTokenService } from './reporting-token.service.js';
import {
  ReportingToken,
  ReportingTokenCreateInput,
  ReportingTokenCreatePayload,
  ReportingTokenRevokeInput,
  ReportingTokenRevokePayload,
  toReportingToken,
} from './reporting-token.types.js';

@Resolver(() => ReportingToken)
export class ReportingTokenResolver {
  constructor(private readonly tokens: ReportingTokenService) {}

  @Authorized(TOKEN_KEEPERS)
  @Mutation(() => ReportingTokenCreatePayload, { description: 'Direction: a long-lived token for a reporting tool (a dashboard, a script). It reads the reports (queries and CSV) and nothing personal, runs no mutation, and has its own rate limit.' })
  reportingTokenCreate(@Arg('input', () => ReportingTokenCreateInput) input: ReportingTokenCreateInput, @Ctx('now') now: Date): Promise<ReportingTokenCreatePayload> {
    return payload(() => this.tokens.create(input.label, input.expiresAt, now), ({ token, row }) => ({ token, reportingToken: toReportingToken(row) }), { token: null, reportingToken: null });
  }

  @Authorized(TOKEN_KEEPERS)
  @Query(() => [ReportingToken], { description: 'The last 100 reporting tokens, newest first: label, created, last used, expiry, revocation.' })
  async reportingTokens(): Promise<ReportingToken[]> {
    return (await this.tokens.list()).map(toReportingToken);
  }

  @Authorized(TOKEN_KEEPERS)
  @Mutation(() => ReportingTokenRevokePayload, { description: 'A tool retired or its token leaked: the token stops working at once.' })
  reportingTokenRevoke(@Arg('input', () => ReportingTokenRevokeInput) input: ReportingTokenRevokeInput, @Ctx('now') now: Date): Promise<ReportingTokenRevokePayload> {
    return payload(
      () => this.tokens.revoke(inputId(input.id, 'ReportingToken', 'id', 'UNKNOWN_REPORTING_TOKEN', 'No reporting token in force has this ID.'), now),
      (row) => ({ reportingToken: toReportingToken(row) }),
      { reportingToken: null },
    );
  }
}

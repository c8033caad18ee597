// Reporting tokens over GraphQL: direction makes, lists and revokes them.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import { Staff, staffOrNull } from '../org/index.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { REPORTING_TOKEN, TOKEN_KEEPERS } from './reporting-token.rules.js';
import type { ReportingTokenService } from './reporting-token.service.js';
import {
  ReportingToken,
  ReportingTokenConnection,
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
  @Mutation(() => ReportingTokenCreatePayload, {
    description: `Direction: a long-lived token for a reporting tool (a dashboard, a script). It reads the reports (queries and CSV) and nothing personal, runs no mutation, and has its own rate limit. At most ${REPORTING_TOKEN.maxLive} tokens are live at once (TOO_MANY_LIVE_TOKENS): revoke an unused one first. Who made it is recorded (createdBy, audit trail).`,
  })
  reportingTokenCreate(@Arg('input', () => ReportingTokenCreateInput) input: ReportingTokenCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx('now') now: Date): Promise<ReportingTokenCreatePayload> {
    return payload(() => this.tokens.create(input.label, input.expiresAt, now, staff.staffId), ({ token, row }) => ({ token, reportingToken: toReportingToken(row, now) }), { token: null, reportingToken: null });
  }

  @Authorized(TOKEN_KEEPERS)
  @Query(() => ReportingTokenConnection, { description: 'Reporting tokens: live ones (not revoked, not expired) first, then revoked and expired ones; newest first within each. Label, creation and by whom, last use, expiry, revocation and by whom.' })
  reportingTokens(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'At most 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('active', () => Boolean, { nullable: true, description: 'true: live tokens only; false: revoked and expired ones only; omitted: all, live first.' }) active: boolean | null,
    @Ctx('now') now: Date,
  ) {
    return this.tokens.list(now, active ?? null, first, after).then((page) => ({ ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toReportingToken(e.node, now) })) }));
  }

  @Authorized(TOKEN_KEEPERS)
  @Mutation(() => ReportingTokenRevokePayload, { description: 'A tool retired or its token leaked: the token stops working at once. Who revoked it is recorded (revokedBy, audit trail).' })
  reportingTokenRevoke(@Arg('input', () => ReportingTokenRevokeInput) input: ReportingTokenRevokeInput, @CurrentStaff() staff: StaffViewer, @Ctx('now') now: Date): Promise<ReportingTokenRevokePayload> {
    return payload(
      () => this.tokens.revoke(inputId(input.id, 'ReportingToken', 'id', 'UNKNOWN_REPORTING_TOKEN', 'No reporting token in force has this ID.'), now, staff.staffId),
      (row) => ({ reportingToken: toReportingToken(row, now) }),
      { reportingToken: null },
    );
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The direction member who made it (null for tokens made before this was recorded).' })
  createdBy(@Root() t: ReportingToken, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOrNull(ctx, t.createdByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The direction member who revoked it; null while it is not revoked.' })
  revokedBy(@Root() t: ReportingToken, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOrNull(ctx, t.revokedByDbId);
  }
}

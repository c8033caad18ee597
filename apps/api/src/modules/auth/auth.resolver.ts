// Login, logout, kiosk tokens and the viewer.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { RuleViolation } from '../../shared/outcome.js';
import { toStaff } from '../org/org.mappers.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import type { sessions } from '../../db/schema/index.js';
import {
  KioskToken,
  KioskTokenCreateInput,
  KioskTokenCreatePayload,
  KioskTokenRevokeInput,
  KioskTokenRevokePayload,
  LoginInput,
  LoginPayload,
  LogoutPayload,
  ViewerInfo,
} from './auth.types.js';
import { LoginThrottled } from './auth.service.js';
import { BOARD_READERS, DIRECTION } from './viewer.js';

export function toKioskToken(row: typeof sessions.$inferSelect): KioskToken {
  return Object.assign(new KioskToken(), {
    id: toGlobalId('KioskToken', row.id),
    label: row.label,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  });
}

@Resolver()
export class AuthResolver {
  @Authorized(BOARD_READERS)
  @Query(() => ViewerInfo, { nullable: true })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    const v = ctx.viewer;
    if (!v) return null;
    if (v.kind !== 'STAFF') return { kind: v.kind, staff: null };
    const row = await ctx.loaders.staff.load(v.staffId);
    return { kind: 'STAFF', staff: row && toStaff(row) };
  }

  @Mutation(() => LoginPayload, { description: 'Open a staff session. Answers without a token. Guessing is slowed per account and client address: TOO_MANY_ATTEMPTS with retryAfterSeconds (and a Retry-After header).' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const refused = { token: null, expiresAt: null, viewer: null, retryAfterSeconds: null };
    try {
      const session = await ctx.services.auth.login(input.email, input.password, ctx.now, ctx.clientAddress);
      const row = await ctx.loaders.staff.load(session.staffId);
      return { token: session.token, expiresAt: session.expiresAt, viewer: { kind: 'STAFF', staff: row && toStaff(row) }, retryAfterSeconds: null, userErrors: [] };
    } catch (err) {
      if (err instanceof LoginThrottled) {
        ctx.setResponseHeader?.('Retry-After', String(err.retryAfterSeconds));
        return { ...refused, retryAfterSeconds: err.retryAfterSeconds, userErrors: err.errors };
      }
      if (err instanceof RuleViolation) return { ...refused, userErrors: err.errors };
      throw err;
    }
  }

  @Authorized(BOARD_READERS)
  @Mutation(() => LogoutPayload, { description: 'Revoke the session of the token in use (a kiosk screen forgetting its token too); its open WebSockets close within seconds.' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    if (!ctx.viewer) return { loggedOut: false };
    await ctx.services.auth.revoke(ctx.viewer.sessionId, ctx.now);
    return { loggedOut: true };
  }

  @Authorized(DIRECTION)
  @Mutation(() => KioskTokenCreatePayload, { description: 'A token for a meeting-room screen: it reads the board and nothing else.' })
  async kioskTokenCreate(@Arg('input', () => KioskTokenCreateInput) input: KioskTokenCreateInput, @Ctx() ctx: Context): Promise<KioskTokenCreatePayload> {
    return payload(() => ctx.services.auth.createKioskToken(input.label, ctx.now), (kiosk) => ({ token: kiosk.token, expiresAt: kiosk.expiresAt }), { token: null, expiresAt: null });
  }

  @Authorized(DIRECTION)
  @Query(() => [KioskToken], { description: 'The last 100 kiosk tokens, newest first (bounded list).' })
  async kioskTokens(@Ctx() ctx: Context): Promise<KioskToken[]> {
    return (await ctx.services.auth.kioskTokens()).map(toKioskToken);
  }

  @Authorized(DIRECTION)
  @Mutation(() => KioskTokenRevokePayload, { description: 'A screen lost or replaced: its token stops working at once, WebSocket included.' })
  async kioskTokenRevoke(@Arg('input', () => KioskTokenRevokeInput) input: KioskTokenRevokeInput, @Ctx() ctx: Context): Promise<KioskTokenRevokePayload> {
    return payload(() => ctx.services.auth.revokeKioskToken(fromGlobalId(input.id, 'KioskToken')?.id ?? null, ctx.now), (row) => ({ kioskToken: toKioskToken(row) }), { kioskToken: null });
  }
}

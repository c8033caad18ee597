// Login, logout, kiosk tokens and the viewer.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { RuleViolation } from '../../shared/outcome.js';
import { staffOrNull } from '../org/index.js';
import { toKioskToken } from './auth.mappers.js';
import { LoginThrottled, type AuthService } from './auth.service.js';
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
import { BOARD_READERS, DIRECTION, deskActions } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Authorized(BOARD_READERS)
  @Query(() => ViewerInfo, { nullable: true })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    const v = ctx.viewer;
    if (!v) return null;
    if (v.kind !== 'STAFF') return { kind: v.kind, staff: null, actions: [] };
    return { kind: 'STAFF', staff: await staffOrNull(ctx, v.staffId), actions: deskActions(v.role) };
  }

  @Mutation(() => LoginPayload, { description: 'Open a staff session. Answers without a token. Guessing is slowed per account and client address: TOO_MANY_ATTEMPTS with retryAfterSeconds (and a Retry-After header).' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const refused = { token: null, expiresAt: null, viewer: null, retryAfterSeconds: null };
    try {
      const session = await this.auth.login(input.email, input.password, ctx.now, ctx.clientAddress, ctx.trustedDocument === true);
      const staff = await staffOrNull(ctx, session.staffId);
      return { token: session.token, expiresAt: session.expiresAt, viewer: { kind: 'STAFF', staff, actions: deskActions(staff?.role) }, retryAfterSeconds: null, userErrors: [] };
    } catch (err) {
      // Not payload(): a throttled login also answers how long to wait, in the payload and a header.
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
    await this.auth.revoke(ctx.viewer.sessionId, ctx.now);
    return { loggedOut: true };
  }

  @Authorized(DIRECTION)
  @Mutation(() => KioskTokenCreatePayload, { description: 'A token for a meeting-room screen: it reads the board and nothing else.' })
  kioskTokenCreate(@Arg('input', () => KioskTokenCreateInput) input: KioskTokenCreateInput, @Ctx() ctx: Context): Promise<KioskTokenCreatePayload> {
    return payload(() => this.auth.createKioskToken(input.label, ctx.now), (kiosk) => ({ token: kiosk.token, expiresAt: kiosk.expiresAt }), { token: null, expiresAt: null });
  }

  @Authorized(DIRECTION)
  @Query(() => [KioskToken], { description: 'The last 100 kiosk tokens, newest first (bounded list).' })
  async kioskTokens(): Promise<KioskToken[]> {
    return (await this.auth.kioskTokens()).map(toKioskToken);
  }

  @Authorized(DIRECTION)
  @Mutation(() => KioskTokenRevokePayload, { description: 'A screen lost or replaced: its token stops working at once, WebSocket included.' })
  kioskTokenRevoke(@Arg('input', () => KioskTokenRevokeInput) input: KioskTokenRevokeInput, @Ctx() ctx: Context): Promise<KioskTokenRevokePayload> {
    return payload(
      () => this.auth.revokeKioskToken(inputId(input.id, 'KioskToken', 'id', 'UNKNOWN_KIOSK_TOKEN', 'No kiosk token in force has this ID.'), ctx.now),
      (row) => ({ kioskToken: toKioskToken(row) }),
      { kioskToken: null },
    );
  }
}

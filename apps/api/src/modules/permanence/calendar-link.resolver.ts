// Secret calendar links that can go away: direction rotates or revokes any person's or sector's
// link, a person their own.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { calendarFeedUrl } from '../org/index.js';
import { CalendarLinkInput, CalendarLinkPayload } from './calendar-link.types.js';

@Resolver()
export class CalendarLinkResolver {
  @Authorized()
  @Mutation(() => CalendarLinkPayload, { description: 'A new secret link for a person\'s or a sector\'s calendar feed; the old link answers 404 at once. Direction, or the person for their own link.' })
  async calendarLinkRotate(@Arg('input', () => CalendarLinkInput) input: CalendarLinkInput, @Ctx() ctx: Context): Promise<CalendarLinkPayload> {
    return payload(() => ctx.services.calendar.setLink(input.ownerId, 'ROTATE', ctx.viewer), (link) => ({ calendarUrl: calendarFeedUrl(ctx.services.config.publicUrl, link.kind, link.secret) }), { calendarUrl: null });
  }

  @Authorized()
  @Mutation(() => CalendarLinkPayload, { description: 'No link at all for this feed until the next rotation (a lost phone, someone leaving). Direction, or the person for their own link.' })
  async calendarLinkRevoke(@Arg('input', () => CalendarLinkInput) input: CalendarLinkInput, @Ctx() ctx: Context): Promise<CalendarLinkPayload> {
    return payload(() => ctx.services.calendar.setLink(input.ownerId, 'REVOKE', ctx.viewer), () => ({ calendarUrl: null }), { calendarUrl: null });
  }
}

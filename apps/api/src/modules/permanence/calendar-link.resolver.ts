// Secret calendar links that can go away: direction rotates or revokes any person's or sector's
// link, a person their own.
import { Arg, Authorized, Mutation, Resolver } from 'type-graphql';
import { payload } from '../../graphql/user-errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import type { OrgService } from '../org/index.js';
import type { CalendarService, FeedOwner } from './calendar.service.js';
import { CalendarLinkInput, CalendarLinkPayload } from './calendar-link.types.js';

/** A person's or a sector's global ID, decoded; anything else is UNKNOWN_OWNER. */
function ownerOf(ownerId: string): FeedOwner {
  const owner = fromGlobalId(ownerId);
  if (!owner || (owner.type !== 'Staff' && owner.type !== 'Sector')) throw violation('ownerId', 'UNKNOWN_OWNER', 'ownerId must be the ID of a Staff or a Sector.');
  return { type: owner.type, id: owner.id };
}

@Resolver()
export class CalendarLinkResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly org: OrgService,
  ) {}

  @Authorized()
  @Mutation(() => CalendarLinkPayload, { description: 'A new secret link for a person\'s or a sector\'s calendar feed; the old link answers 404 at once. Direction, or the person for their own link.' })
  calendarLinkRotate(@Arg('input', () => CalendarLinkInput) input: CalendarLinkInput, @CurrentStaff() staff: StaffViewer): Promise<CalendarLinkPayload> {
    return payload(() => this.calendar.setLink(ownerOf(input.ownerId), 'ROTATE', staff), (link) => ({ calendarUrl: this.org.calendarUrl(link.kind, link.secret) }), { calendarUrl: null });
  }

  @Authorized()
  @Mutation(() => CalendarLinkPayload, { description: 'No link at all for this feed until the next rotation (a lost phone, someone leaving). Direction, or the person for their own link.' })
  calendarLinkRevoke(@Arg('input', () => CalendarLinkInput) input: CalendarLinkInput, @CurrentStaff() staff: StaffViewer): Promise<CalendarLinkPayload> {
    return payload(() => this.calendar.setLink(ownerOf(input.ownerId), 'REVOKE', staff), () => ({ calendarUrl: null }), { calendarUrl: null });
  }
}

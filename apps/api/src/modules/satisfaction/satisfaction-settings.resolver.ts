// Direction's satisfaction settings over GraphQL: read them, change them (audited).
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import { Staff, staffOrNull } from '../org/index.js';
import type { SatisfactionSettingsService } from './satisfaction-settings.service.js';
import { SatisfactionSettings, SatisfactionSettingsPayload, SatisfactionSettingsUpdateInput, toSatisfactionSettings } from './satisfaction-settings.types.js';

@Resolver(() => SatisfactionSettings)
export class SatisfactionSettingsResolver {
  constructor(private readonly settings: SatisfactionSettingsService) {}

  @Authorized(DIRECTION)
  @Query(() => SatisfactionSettings, { description: 'How the satisfaction reports read the scores (direction).' })
  async satisfactionSettings(): Promise<SatisfactionSettings> {
    return toSatisfactionSettings(await this.settings.current());
  }

  @Authorized(DIRECTION)
  @Mutation(() => SatisfactionSettingsPayload, { description: 'Direction sets the low-score threshold of the satisfaction reports (1 to the top of the scale); the change is kept in the audit trail.' })
  satisfactionSettingsUpdate(@Arg('input', () => SatisfactionSettingsUpdateInput) input: SatisfactionSettingsUpdateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SatisfactionSettingsPayload> {
    return payload(
      () => this.settings.update({ lowScoreAtMost: input.lowScoreAtMost }, staff, ctx.now),
      (s) => ({ satisfactionSettings: toSatisfactionSettings(s) }),
      { satisfactionSettings: null },
    );
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who changed them last; null: never changed.' })
  updatedBy(@Root() s: SatisfactionSettings, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOrNull(ctx, s.updatedByDbId);
  }
}

// The audit trail's related fields: who made the change or the read.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Staff, toStaff } from '../org/index.js';
import { AuditEntry } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who changed or read (null for the system).' })
  async actor(@Root() e: AuditEntry, @Ctx() ctx: Context): Promise<Staff | null> {
    if (!e.actorDbId) return null;
    const row = await ctx.loaders.staff.load(e.actorDbId);
    return row && toStaff(row);
  }
}

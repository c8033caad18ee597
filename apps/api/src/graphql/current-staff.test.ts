// @CurrentStaff(): the staff member asking, handed to a resolver as a parameter.
import 'reflect-metadata';
import { graphql } from 'graphql';
import { buildSchema, Ctx, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from './context.js';
import { CurrentStaff } from './current-staff.js';
import type { StaffViewer, Viewer } from '../shared/viewer.js';

@Resolver()
class WhoAmIResolver {
  @Query(() => String)
  whoAmI(@CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): string {
    return `${staff.staffId} at ${ctx.now.toISOString()}`;
  }
}

const schema = await buildSchema({ resolvers: [WhoAmIResolver], validate: false });
const ask = (viewer: Viewer | null) => graphql({ schema, source: '{ whoAmI }', contextValue: { viewer, now: new Date('2026-11-23T09:00:00Z') } });

describe('@CurrentStaff()', () => {
  it('hands the resolver the staff member asking', async () => {
    const staff: StaffViewer = { kind: 'STAFF', sessionId: 's1', staffId: 'st1', role: 'DIRECTOR', sectorId: null };
    expect(await ask(staff)).toEqual({ data: { whoAmI: 'st1 at 2026-11-23T09:00:00.000Z' } });
  });

  it('is a fault, not a user error, when the kiosk reaches a staff-only resolver', async () => {
    const r = await ask({ kind: 'KIOSK', sessionId: 'k1' });
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => e.message)).toEqual(['staff viewer expected']);
  });

  it('is a fault, not a user error, when nobody is logged in', async () => {
    const r = await ask(null);
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => e.message)).toEqual(['staff viewer expected']);
  });
});

// `node(id:)` for permanence shifts, replacements and alerts: what the board shows.
import type { NodeTypes } from '../../graphql/node-registry.js';
import { toAlert, toReplacement, toShift } from './permanence.mappers.js';

export const permanenceNodes: NodeTypes = {
  PermanenceShift: async (ctx, id) => {
    const r = await ctx.loaders.shift.load(id);
    return r && toShift(r);
  },
  PermanenceReplacement: async (ctx, id) => {
    const r = await ctx.loaders.replacement.load(id);
    return r && toReplacement(r);
  },
  Alert: async (ctx, id) => {
    const r = await ctx.loaders.alert.load(id);
    return r && toAlert(r);
  },
};

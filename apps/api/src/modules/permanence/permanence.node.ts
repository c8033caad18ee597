// `node(id:)` for permanence shifts, replacements, swaps and alerts: what the board shows.
import type { NodeTypes } from '../../graphql/node-registry.js';
import { toAlert, toReplacement, toShift } from './permanence.mappers.js';
import { staffOnly } from '../auth/index.js';
import type { SwapService } from './swap.service.js';

export const permanenceNodes = (swaps: Pick<SwapService, 'visible'>): NodeTypes => ({
  PermanenceShift: async (ctx, id) => {
    const r = await ctx.loaders.shift.load(id);
    return r && toShift(r);
  },
  PermanenceReplacement: async (ctx, id) => {
    const r = await ctx.loaders.replacement.load(id);
    return r && toReplacement(r);
  },
  // A swap as far as the viewer may see it: approvers all, a colleague hers and the open offers; never the kiosk.
  PermanenceSwap: async (ctx, id) => {
    const viewer = staffOnly(ctx.viewer);
    return viewer ? swaps.visible(id, viewer) : null;
  },
  Alert: async (ctx, id) => {
    const r = await ctx.loaders.alert.load(id);
    return r && toAlert(r);
  },
});

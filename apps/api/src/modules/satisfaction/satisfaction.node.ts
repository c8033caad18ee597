// `node(id:)` for satisfaction checks, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { SatisfactionService } from './satisfaction.service.js';
import { toSatisfactionCheck } from './satisfaction.types.js';

export function satisfactionNodes(satisfaction: Pick<SatisfactionService, 'byId'>): NodeTypes {
  return {
    SatisfactionCheck: async (ctx, id) => {
      const row = await satisfaction.byId(id, ctx.viewer);
      return row && toSatisfactionCheck(row);
    },
  };
}

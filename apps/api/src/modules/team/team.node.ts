// `node(id:)` for team records. R5: as teamRecords reads them; never the kiosk.
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { TeamService } from './team.service.js';

export function teamNodes(team: Pick<TeamService, 'byId'>): NodeTypes {
  return {
    TeamRecord: async (ctx, id) => (ctx.viewer?.kind === 'STAFF' ? team.byId(id, ctx.viewer) : null),
  };
}

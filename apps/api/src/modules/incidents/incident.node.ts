// `node(id:)` for incidents and their documents. R5: as `incidents` reads them; never the kiosk.
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { IncidentService } from './incident.service.js';

export function incidentNodes(incidents: Pick<IncidentService, 'byId' | 'documentById'>): NodeTypes {
  return {
    Incident: async (ctx, id) => (ctx.viewer?.kind === 'STAFF' ? incidents.byId(id, ctx.viewer, ctx.now) : null),
    IncidentDocument: async (ctx, id) => (ctx.viewer?.kind === 'STAFF' ? incidents.documentById(id, ctx.viewer) : null),
  };
}

// `node(id:)` for staff, sectors, binomes and absences.
import type { NodeTypes } from '../../graphql/node-registry.js';
import { toAbsence, toBinome, toSector, toStaff } from './org.mappers.js';
import type { OrgRepository } from './org.repository.js';

export function orgNodes(org: Pick<OrgRepository, 'absenceById'>): NodeTypes {
  return {
    Staff: async (ctx, id) => {
      const r = await ctx.loaders.staff.load(id);
      return r && toStaff(r);
    },
    Sector: async (ctx, id) => {
      const r = await ctx.loaders.sector.load(id);
      return r && toSector(r);
    },
    Binome: async (ctx, id) => {
      const r = await ctx.loaders.binome.load(id);
      return r && toBinome(r);
    },
    // Absences are not for the kiosk: the board shows their effect, not the people's leave.
    Absence: async (ctx, id) => {
      if (ctx.viewer?.kind !== 'STAFF') return null;
      const r = await org.absenceById(id);
      return r ? toAbsence(r) : null;
    },
  };
}

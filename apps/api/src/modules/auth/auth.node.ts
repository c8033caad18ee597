// `node(id:)` for kiosk tokens: never served. Direction lists them where it manages them; a token
// is not fetched by ID, so `node` answers null to everyone, as for an unknown ID.
import type { NodeTypes } from '../../graphql/node-registry.js';

export const authNodes: NodeTypes = {
  KioskToken: async () => null,
};

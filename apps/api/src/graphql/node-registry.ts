// Relay's `node(id:)`: each module says how to load its own types by ID (its `*.node.ts`), the
// composition root collects them here (composition/nodes.ts). A type is loaded only as far as the
// viewer may read it (R5): a loader returns null for what the viewer may not see, as for what does not exist.
import { fromGlobalId, type NodeTypeName } from '../shared/global-id.js';
import type { Context } from './context.js';
import type { Node } from './relay.js';

/** Loads one object by its database id, or null. */
export type NodeLoader = (ctx: Context, id: string) => Promise<Node | null>;

/** One module's node types: GraphQL type name → its loader. */
export type NodeTypes = Readonly<Partial<Record<NodeTypeName, NodeLoader>>>;

export class NodeRegistry {
  private readonly loaders = new Map<NodeTypeName, NodeLoader>();

  constructor(modules: readonly NodeTypes[]) {
    for (const types of modules) {
      for (const [type, load] of Object.entries(types) as [NodeTypeName, NodeLoader][]) {
        if (this.loaders.has(type)) throw new Error(`node type ${type} is registered twice`);
        this.loaders.set(type, load);
      }
    }
  }

  /** The registered type names, for tests that check every node type is reachable. */
  get types(): NodeTypeName[] {
    return [...this.loaders.keys()];
  }

  /** The object behind a global ID, or null when it is malformed, unknown, missing or not the viewer's to read. */
  async load(ctx: Context, globalId: string): Promise<Node | null> {
    const parsed = fromGlobalId(globalId);
    const load = parsed && this.loaders.get(parsed.type);
    return load ? load(ctx, parsed.id) : null;
  }
}

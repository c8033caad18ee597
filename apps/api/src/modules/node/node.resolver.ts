// Relay's `node` and `nodes` roots: any object by its global ID, as far as the viewer may read it.
// Each module registers its own types (its `*.node.ts`); the composition root hands the registry in.
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { anyNodeId } from '../../graphql/ids.js';
import type { NodeRegistry } from '../../graphql/node-registry.js';
import { Node } from '../../graphql/relay.js';
import { BOARD_READERS } from '../auth/index.js';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Authorized(BOARD_READERS)
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when nothing you may read has it. A malformed ID is BAD_USER_INPUT naming `id`.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return this.registry.load(ctx, anyNodeId(id, 'id'));
  }

  @Authorized(BOARD_READERS)
  @Query(() => [Node], { nullable: 'items', description: 'Objects by their global IDs, in order; null for each that nothing you may read has. A malformed ID is BAD_USER_INPUT naming `ids`.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new Error('at most 100 ids');
    ids.forEach((id) => anyNodeId(id, 'ids'));
    return Promise.all(ids.map((id) => this.registry.load(ctx, id)));
  }
}

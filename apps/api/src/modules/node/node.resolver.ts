// Relay's `node` and `nodes` roots: any object by its global ID, as far as the viewer may read it.
// Each module registers its own types (its `*.node.ts`); the composition root hands the registry in.
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { NodeRegistry } from '../../graphql/node-registry.js';
import { Node } from '../../graphql/relay.js';
import { BOARD_READERS } from '../auth/index.js';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Authorized(BOARD_READERS)
  @Query(() => Node, { nullable: true })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return this.registry.load(ctx, id);
  }

  @Authorized(BOARD_READERS)
  @Query(() => [Node], { nullable: 'items' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new Error('at most 100 ids');
    return Promise.all(ids.map((id) => this.registry.load(ctx, id)));
  }
}

// node(id:) reaches every type that implements Node: each module registers its own (*.node.ts), and
// a type added to the schema without a loader would silently answer null.
import { isObjectType, type GraphQLInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NodeRegistry } from '../graphql/node-registry.js';
import { toGlobalId } from '../shared/global-id.js';
import type { Context } from '../graphql/context.js';
import { nodeRegistry } from './nodes.js';
import { relaisSchema } from './schema.js';
import type { Services } from './services.js';

const UUID = '11111111-1111-4111-8111-111111111111';

describe('the node registry', () => {
  it('has a loader for every object type that implements Node, and none for a type that does not', async () => {
    const schema = await relaisSchema();
    const node = schema.getType('Node') as GraphQLInterfaceType;
    const implementing = schema.getImplementations(node).objects.map((t) => t.name).sort();
    // The loaders only capture the services: nothing is called while the registry is built.
    const registered = nodeRegistry({} as Services).types.sort();
    expect(registered).toEqual(implementing);
    for (const name of registered) expect(isObjectType(schema.getType(name))).toBe(true);
  });

  it('refuses a type registered by two modules', () => {
    const load = async () => null;
    expect(() => new NodeRegistry([{ Staff: load }, { Staff: load }])).toThrow('node type Staff is registered twice');
  });

  it('answers null for a malformed ID and for a type nobody registered, without calling a loader', async () => {
    let calls = 0;
    const registry = new NodeRegistry([{ Staff: async () => (calls++, null) }]);
    const ctx = {} as Context;
    expect(await registry.load(ctx, 'not a global id')).toBeNull();
    expect(await registry.load(ctx, Buffer.from(`Unknown:${UUID}`).toString('base64url'))).toBeNull();
    expect(calls).toBe(0);
  });

  it('hands the loader of the type the database id', async () => {
    const seen: string[] = [];
    const registry = new NodeRegistry([{ Staff: async (_ctx, id) => (seen.push(id), null) }]);
    await registry.load({} as Context, toGlobalId('Staff', UUID));
    expect(seen).toEqual([UUID]);
  });
});

// A compiled query answers as graphql's execute does (errors, null bubbling, variables refused), a
// document is compiled only when seen again, and the compiled ones kept are bounded.
import { buildSchema, execute, GraphQLError, Kind, parse, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledQueries, type CompiledQueriesOptions } from './compiled-queries.js';

const schema = buildSchema(`
  type Query { item(id: ID!): Item, items(all: Boolean): [Item!]!, strict: Item! }
  type Item { id: ID!, name: String!, count: Int, owner: Item }
`);
class Refused extends Error {}
const items = [{ id: '1', name: 'one', count: 1 }, { id: '2', name: null }];
const listed = [items[0]];
const root = {
  item: ({ id }: { id: string }) => items.find((i) => i.id === id),
  items: ({ all }: { all?: boolean }) => Promise.resolve(all ? items : listed),
  strict: () => {
    throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
  },
};
const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
for (const [name, resolve] of Object.entries(root)) fields('Query')[name].resolve = (_, args) => resolve(args as never);
// Item's other fields are plain property reads.
fields('Item').owner.resolve = () => {
  throw new Refused('owner hidden');
};

const json = (r: ExecutionResult) => JSON.parse(JSON.stringify(r));

async function both(text: string, variableValues?: Record<string, unknown>, options?: CompiledQueriesOptions) {
  const document = parse(text);
  const queries = new CompiledQueries(schema, { compile: 'first sight', ...options });
  const compiled = await queries.run({ key: text, document, contextValue: {}, variableValues });
  return { compiled, graphql: await execute({ schema, document, contextValue: {}, variableValues }), queries };
}

describe('a compiled query answers as graphql does', () => {
  it.each([
    ['data', '{ item(id: "1") { id name count } }'],
    ['null bubbling to the nearest nullable field, with the path', '{ items(all: true) { id name } }'],
    ['an error with its code', '{ strict { id } item(id: "1") { id } }'],
    ['an error thrown by a resolver below a list', '{ items { id owner { id } } }'],
    ['@skip and @include, on fields and fragments', 'query ($yes: Boolean = true) { items { ...A @include(if: $yes) ... on Item @skip(if: $yes) { count } } } fragment A on Item { id name @skip(if: $yes) count @include(if: false) }'],
    ['fields asked twice, through fragments', '{ items { id ... on Item { id name } ...B } item(id: "1") { ...B } } fragment B on Item { name count }'],
  ])('%s', async (_, text) => {
    const { compiled, graphql, queries } = await both(text);
    expect(queries.size).toBe(1);
    expect(json(compiled)).toEqual(json(graphql));
    for (const [mine, theirs] of (compiled.errors ?? []).map((e, i) => [e, graphql.errors![i]] as const)) {
      expect(mine).toBeInstanceOf(GraphQLError);
      expect(mine.extensions).toEqual(theirs.extensions);
      expect(mine.originalError?.constructor).toBe(theirs.originalError?.constructor);
    }
  });

  it('refuses variables in graphql words, on the variable (what Apollo answers as BAD_USER_INPUT)', async () => {
    const { compiled, graphql } = await both('query ($id: ID!) { item(id: $id) { id } }', { id: { not: 'an id' } });
    expect(json(compiled)).toEqual(json(graphql));
    expect(compiled.errors![0].nodes?.[0].kind).toBe(Kind.VARIABLE_DEFINITION);
  });
});

describe('what is compiled', () => {
  const run = (queries: CompiledQueries, text: string) => queries.run({ key: text, document: parse(text), contextValue: {} });

  it('a document seen a second time, not a one-off', async () => {
    const queries = new CompiledQueries(schema);
    await run(queries, '{ item(id: "1") { id } }');
    expect(queries.size).toBe(0);
    expect(await run(queries, '{ item(id: "1") { id } }')).toEqual({ data: { item: { id: '1' } } });
    expect(queries.size).toBe(1);
  });

  it('at most maxCompiled documents, the least recently used dropped', async () => {
    const queries = new CompiledQueries(schema, { compile: 'first sight', maxCompiled: 2 });
    for (const id of ['1', '2', '3', '1']) await run(queries, `{ item(id: "${id}") { id } }`);
    expect(queries.size).toBe(2);
  });

  it('nothing when turned off', async () => {
    const queries = new CompiledQueries(schema, { compile: 'never' });
    for (let i = 0; i < 3; i++) await run(queries, '{ item(id: "1") { id } }');
    expect(queries.size).toBe(0);
  });
});

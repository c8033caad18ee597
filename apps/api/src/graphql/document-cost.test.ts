// The document checks read each fragment once (linear in the document), and the cost weighs lists
// by their page size.
import { buildSchema, Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, PLAIN_LIST, measureOperation } from './document-cost.js';
import { anonymousMayRun, validationRules } from './limits.js';

const schema = buildSchema(`
  type Query { name: String, items(first: Int, last: Int): ItemConnection!, recent(first: Int = 20): ItemConnection!, tags: [Tag!]!, item: Item }
  type ItemConnection { totalCount: Int!, edges: [ItemEdge!]!, nodes: [Item!]! }
  type ItemEdge { node: Item! }
  type Item { id: ID!, tags: [Tag!]!, parent: Item }
  type Tag { label: String! }
`);

/** `{ ...F<levels> }`, each fragment spreading the one below five times; counts how often each fragment's body is read. */
function nestedFragments(levels: number) {
  const fragments = ['fragment F1 on Query { __typename }'];
  for (let i = 2; i <= levels; i++) fragments.push(`fragment F${i} on Query { ${Array(5).fill(`...F${i - 1}`).join(' ')} }`);
  const document = parse(`{ ...F${levels} } ${fragments.join(' ')}`);
  const reads = new Map<string, number>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const body = d.selectionSet;
    Object.defineProperty(d, 'selectionSet', {
      get: () => (reads.set(d.name.value, (reads.get(d.name.value) ?? 0) + 1), body),
      enumerable: true,
    });
  }
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return { document, operation, reads, mostReads: () => Math.max(...reads.values()) };
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

describe('linear in the document', () => {
  it('the depth and cost rule reads each fragment a bounded number of times, however deep the spreads', () => {
    const doc = nestedFragments(12);
    const errors = validate(schema, doc.document, validationRules());
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    // graphql's own traversal reads each body once; the rule adds at most one read per fragment.
    expect(doc.mostReads()).toBeLessThanOrEqual(2);
  });

  it('the anonymous-operation check reads each fragment once', () => {
    const doc = nestedFragments(12);
    expect(anonymousMayRun(doc.document, doc.operation, false)).toBe(true);
    expect(doc.mostReads()).toBe(1);
  });

  it('measures 5^39 paths without walking them (the cost is beyond any limit)', () => {
    const doc = nestedFragments(40);
    const { cost, depth } = measureOperation(schema, fragmentsOf(doc.document), doc.operation);
    expect(cost).toBeGreaterThan(1e25);
    expect(depth).toBe(1);
    expect(doc.mostReads()).toBe(1);
  });
});

describe('cost', () => {
  const cost = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation) throw new Error('no operation');
    return measureOperation(schema, fragmentsOf(document), operation).cost;
  };

  it('a field counts 1', () => expect(cost('{ name item { id } }')).toBe(3));
  it('a page multiplies what it selects by first, and its edges are that page, not another list', () =>
    expect(cost('{ items(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + (1 + 1))));
  it('last counts like first', () => expect(cost('{ items(last: 7) { nodes { id } } }')).toBe(1 + 7 * 2));
  it(`a page without first or last counts ${DEFAULT_PAGE}`, () => expect(cost('{ items { totalCount } }')).toBe(1 + DEFAULT_PAGE));
  it('… or the default page the schema declares', () => expect(cost('{ recent { totalCount } }')).toBe(1 + 20));
  it(`a page size from a variable counts ${DEFAULT_PAGE} (variables are not known when the document is checked)`, () =>
    expect(cost('query ($n: Int = 2) { items(first: $n) { totalCount } }')).toBe(1 + DEFAULT_PAGE));
  it(`a list without paging arguments counts ${PLAIN_LIST} (one record's own list), nested ones multiply`, () =>
    expect(cost('{ item { tags { label } } tags { label } }')).toBe(1 + (1 + PLAIN_LIST) + (1 + PLAIN_LIST)));
  it('a page of records with their lists: first × (fields + lists × PLAIN_LIST)', () =>
    expect(cost('{ items(first: 100) { nodes { id tags { label } } } }')).toBe(1 + 100 * (1 + (1 + (1 + PLAIN_LIST)))));
  it('fragments and inline fragments count what they select, wherever they are spread', () =>
    expect(cost('{ item { ...I ... on Item { id } } } fragment I on Item { parent { ...J } } fragment J on Item { id }')).toBe(1 + (1 + 1) + 1));
  it('introspection counts once', () => expect(cost('{ __schema { types { fields { name } } } }')).toBe(1));
});

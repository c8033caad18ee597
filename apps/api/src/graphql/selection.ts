// What a field's selection asks, for a resolver that reads more at once when a child field will need it
// (a list fetching its page's related rows up front instead of one loader call per row and field).
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function asks(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return (set?.selections ?? []).some((s) =>
    s.kind === 'Field' ? s.name.value === name : s.kind === 'InlineFragment' ? asks(s.selectionSet, name, fragments) : asks(fragments[s.name.value]?.selectionSet, name, fragments),
  );
}

/** Whether the field being resolved selects `name` directly under it (fragments included). */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  return info.fieldNodes.some((node) => asks(node.selectionSet, name, info.fragments));
}

const cache = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields selected at `path` below this field (`['edges', 'node']`), fragments
 * spread in. @skip/@include are ignored: a field they leave out is still counted (fetched for
 * nothing, never missing). Cached per document node: Apollo reuses a parsed document.
 */
export function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const key = path.join('.');
  const first = info.fieldNodes[0];
  let byPath = cache.get(first);
  const hit = byPath?.get(key);
  if (hit) return hit;
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) sets = fieldsOf(sets, info).filter((f) => f.name.value === name && f.selectionSet).map((f) => f.selectionSet!);
  const names: ReadonlySet<string> = new Set(fieldsOf(sets, info).map((f) => f.name.value));
  if (!byPath) cache.set(first, (byPath = new Map()));
  byPath.set(key, names);
  return names;
}

function fieldsOf(sets: SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else {
        const fragment = info.fragments[s.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return out;
}

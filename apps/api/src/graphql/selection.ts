// What a field's selection asks, for a resolver that reads more at once when a child field will need it.
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function asks(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return (set?.selections ?? []).some((s) =>
    s.kind === 'Field' ? s.name.value === name : s.kind === 'InlineFragment' ? asks(s.selectionSet, name, fragments) : asks(fragments[s.name.value]?.selectionSet, name, fragments),
  );
}

/** Whether the field being resolved selects `name` directly under it (fragments included). */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  return info.fieldNodes.some((node) => asks(node.selectionSet, name, info.fragments));
}

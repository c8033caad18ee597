// selectedAt: what a list fetches up front for its page depends on it, so fragments must count.
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedAt } from './selection.js';

function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedAt', () => {
  it('names the fields at a path, through named and inline fragments', () => {
    const info = infoOf(`{ caseFiles { totalCount edges { ...E } } } fragment E on CaseFileEdge { cursor node { id ...W ... on CaseFile { sector { name } } } }
      fragment W on CaseFile { beneficiary { lastName } socialWorker @include(if: false) { fullName } }`);
    expect([...selectedAt(info, ['edges', 'node'])].sort()).toEqual(['beneficiary', 'id', 'sector', 'socialWorker']);
    expect([...selectedAt(info, ['edges'])].sort()).toEqual(['cursor', 'node']);
    expect([...selectedAt(info, [])].sort()).toEqual(['edges', 'totalCount']);
  });

  it('is empty below a field that is not selected', () => {
    expect(selectedAt(infoOf('{ caseFiles { totalCount } }'), ['edges', 'node']).size).toBe(0);
  });
});

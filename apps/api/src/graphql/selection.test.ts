// selectsField sees a child field asked directly, through an inline fragment or a named fragment, and
// not one asked deeper down; selectedAt names the fields at a path (what a list fetches up front).
import { parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedAt, selectsField } from './selection.js';

function infoOf(document: string) {
  const doc = parse(document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a field asked directly, in an inline fragment or in a named fragment', () => {
    expect(selectsField(infoOf('{ sectors { id caseload { day } } }'), 'caseload')).toBe(true);
    expect(selectsField(infoOf('{ sectors { id ... on Sector { caseload { day } } } }'), 'caseload')).toBe(true);
    expect(selectsField(infoOf('{ sectors { ...Counts } } fragment Counts on Sector { caseload { day } }'), 'caseload')).toBe(true);
  });

  it('does not find a field that is not asked, or only asked deeper down', () => {
    expect(selectsField(infoOf('{ sectors { id name } }'), 'caseload')).toBe(false);
    expect(selectsField(infoOf('{ sectors { socialWorker { caseload } } }'), 'caseload')).toBe(false);
  });
});

describe('selectedAt', () => {
  it('names the fields at a path, through named and inline fragments', () => {
    const info = infoOf(`{ caseFiles { totalCount edges { ...E } } } fragment E on CaseFileEdge { cursor node { id ...W ... on CaseFile { sector { name } } } }
      fragment W on CaseFile { beneficiary { lastName } socialWorker @include(if: false) { fullName } }`);
    expect([...selectedAt(info as unknown as GraphQLResolveInfo, ['edges', 'node'])].sort()).toEqual(['beneficiary', 'id', 'sector', 'socialWorker']);
    expect([...selectedAt(info as unknown as GraphQLResolveInfo, ['edges'])].sort()).toEqual(['cursor', 'node']);
    expect([...selectedAt(info as unknown as GraphQLResolveInfo, [])].sort()).toEqual(['edges', 'totalCount']);
  });

  it('is empty below a field that is not selected', () => {
    expect(selectedAt(infoOf('{ caseFiles { totalCount } }') as unknown as GraphQLResolveInfo, ['edges', 'node']).size).toBe(0);
  });
});

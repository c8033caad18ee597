// Hardening shared by HTTP and WebSocket: depth, alias and size limits, the unauthenticated gate,
// and no schema details leaking in production.
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxQueryChars: 20_000, maxBodyBytes: 100_000 } as const;

function depthRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          deepest = Math.max(deepest, depthOf(f?.selectionSet, new Set([...seen, s.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(op: OperationDefinitionNode) {
        const depth = depthOf(op.selectionSet, new Set());
        if (depth > max) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${max}.`, { extensions: { code: 'QUERY_TOO_DEEP' } }));
      },
    };
  };
}

function aliasRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`More than ${max} aliases in one document.`, { extensions: { code: 'TOO_MANY_ALIASES' } }));
        }
      },
    };
  };
}

export function validationRules(production: boolean): ValidationRule[] {
  const rules = [depthRule(LIMITS.maxDepth), aliasRule(LIMITS.maxAliases)];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
}

export function allValidationRules(production: boolean): ValidationRule[] {
  return [...specifiedRules, ...validationRules(production)];
}

export function checkQuerySize(query: string | undefined): GraphQLError | null {
  if (query && query.length > LIMITS.maxQueryChars) {
    return new GraphQLError(`The query is ${query.length} characters long; the limit is ${LIMITS.maxQueryChars}.`, {
      extensions: { code: 'QUERY_TOO_LARGE', http: { status: 413 } },
    });
  }
  return null;
}

const PUBLIC_FIELDS = new Set(['__typename', 'login']);
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Without a token only __typename, login and (outside production) introspection answer. */
export function anonymousMayRun(document: DocumentNode, operation: OperationDefinitionNode, production: boolean): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const allowed = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return PUBLIC_FIELDS.has(s.name.value) || (!production && INTROSPECTION_FIELDS.has(s.name.value));
      if (s.kind === Kind.INLINE_FRAGMENT) return allowed(s.selectionSet, seen);
      const f = fragments.get(s.name.value);
      return !!f && !seen.has(s.name.value) && allowed(f.selectionSet, new Set([...seen, s.name.value]));
    });
  if (operation.operation === 'subscription') return false;
  return allowed(operation.selectionSet, new Set());
}

export const unauthenticated = () =>
  new GraphQLError('Log in first: send `Authorization: Bearer <token>` (the `login` mutation gives one).', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

/** In production, validation messages don't suggest field names ("Did you mean …?"). */
export function hideSuggestions(message: string): string {
  return message.replace(/ Did you mean .*\?$/, '');
}

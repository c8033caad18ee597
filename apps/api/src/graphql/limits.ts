// Hardening shared by HTTP and WebSocket: depth, cost, alias and size limits, the unauthenticated gate,
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
import { measureOperation, REPORT_WEIGHT, type DocumentMeasure } from './document-cost.js';

export const LIMITS = { maxDepth: 12, maxCost: 100_000, maxAliases: 30, maxQueryChars: 20_000, maxBodyBytes: 100_000 } as const;

// One pass over the document for depth and cost, fragments measured once (see document-cost.ts):
// a walk that re-entered a fragment at every spread let ten levels of `...F` freeze the process.
function depthAndCostRule(maxDepth: number, maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = fragmentsOf(document);
      const memo = new Map<string, DocumentMeasure>();
      for (const d of document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const { depth, cost } = measureOperation(context.getSchema(), fragments, d, memo);
        if (depth > maxDepth) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, { nodes: d, extensions: { code: 'QUERY_TOO_DEEP' } }));
        if (cost > maxCost) {
          const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'beyond counting';
          context.reportError(
            new GraphQLError(
              `Query cost ${shown} exceeds the limit of ${maxCost}: ask smaller pages (first/last), fewer nested lists or fewer reports (each …Report field counts ${REPORT_WEIGHT}: at most ${Math.floor(maxCost / REPORT_WEIGHT)} in one request).`,
              { nodes: d, extensions: { code: 'QUERY_TOO_COMPLEX', cost: Number.isFinite(cost) ? cost : null, maxCost } },
            ),
          );
        }
      }
      return false;
    },
  });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
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

/** The limits every document meets. Over HTTP, introspection is decided per viewer after them (introspection.ts). */
export function validationRules(): ValidationRule[] {
  return [depthAndCostRule(LIMITS.maxDepth, LIMITS.maxCost), aliasRule(LIMITS.maxAliases)];
}

/** Over WebSocket (kiosk and board sessions only): no introspection in production. */
export function allValidationRules(production: boolean): ValidationRule[] {
  const rules = [...specifiedRules, ...validationRules()];
  return production ? [...rules, NoSchemaIntrospectionCustomRule] : rules;
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
  if (operation.operation === 'subscription') return false;
  const fragments = fragmentsOf(document);
  // Each fragment judged once: re-reading it at every spread made this check exponential.
  const judged = new Map<string, boolean>();
  const fragmentAllowed = (name: string): boolean => {
    const known = judged.get(name);
    if (known !== undefined) return known;
    judged.set(name, false); // a cycle allows nothing (graphql's own rules refuse it first)
    const f = fragments.get(name);
    const ok = !!f && allowed(f.selectionSet);
    judged.set(name, ok);
    return ok;
  };
  const allowed = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return PUBLIC_FIELDS.has(s.name.value) || (!production && INTROSPECTION_FIELDS.has(s.name.value));
      if (s.kind === Kind.INLINE_FRAGMENT) return allowed(s.selectionSet);
      return fragmentAllowed(s.name.value);
    });
  return allowed(operation.selectionSet);
}

export const unauthenticated = () =>
  new GraphQLError('Log in first: send `Authorization: Bearer <token>` (the `login` mutation gives one).', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

/**
 * A subscription lives on a WebSocket: over HTTP it has no event to resolve, so it is refused
 * before anything runs, naming where it goes instead.
 */
export const SUBSCRIPTION_OVER_HTTP_MESSAGE =
  'Subscriptions run over WebSocket, not HTTP: open a graphql-ws connection (subprotocol `graphql-transport-ws`) to /graphql, with `{ token }` in `connection_init`, and send the subscription there.';
export const subscriptionOverHttp = () =>
  new GraphQLError(SUBSCRIPTION_OVER_HTTP_MESSAGE, { extensions: { code: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } } });

/**
 * graphql's "Did you mean …?" names fields, arguments and enum values the client did not send
 * (validation and variable coercion alike): in production, only for those who may read the schema.
 */
export function hideSuggestions(message: string): string {
  return message.includes('Did you mean') ? message.replace(/ ?Did you mean [^?]*\?/g, '') : message;
}

// graphql-js quotes an invalid variable's whole value in its message and a scalar's own message may
// repeat it: a 90,000-character `at` came back twice (180 kB, outside check). A long value, quoted or
// not, is cut to its start and its length; the message still names the variable and the rule.
const LONG_VALUE = /"((?:[^"\\]|\\.){200,})"|(\S{200,})/g;
export function withShortEchoes<F extends { message: string }>(formatted: F): F {
  if (formatted.message.length <= 1_000) return formatted;
  const cut = (whole: string, quoted: string | undefined, bare: string | undefined) => {
    const value = quoted ?? bare ?? whole;
    return `${quoted === undefined ? '' : '"'}${value.slice(0, 60)}…${quoted === undefined ? '' : '"'} (${value.length} characters)`;
  };
  return { ...formatted, message: formatted.message.replace(LONG_VALUE, cut) };
}

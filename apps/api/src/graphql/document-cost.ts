// What a document would cost to run, read once: each fragment is measured a single time and its
// result reused at every spread, so nested spreads cannot make the check itself slow.
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE } from '../shared/paging.js';

/** A paged field without `first`/`last` (and no default in the schema), or with a variable, counts a full page. */
export const DEFAULT_PAGE = 100;
/**
 * A list without paging arguments is one record's own list (a shift's holders, a case's visits, the
 * steps of who to call): short, but nested ones multiply. Counting them as full pages refused the
 * R5 matrix's ordinary caseFiles(first: 100) report (1.2 million) while letting a fragment bomb pass.
 */
export const PLAIN_LIST = 10;

/**
 * Fields whose resolvers do real work per parent (who to call walks the rota and absences; a
 * caseload counts in SQL; absences read a window): they weigh more than a column read, or a
 * document of cheap-looking fields under the limit kept the API busy for half a minute.
 */
const FIELD_WEIGHT: Record<string, number> = {
  'Query.whoToCall': 50,
  'Sector.whoToCall': 50,
  'Sector.caseload': 20,
  'Staff.absences': 20,
  // A year of rota and holidays per field (issue 12): weighed like a report (REPORT_WEIGHT below).
  'Query.permanenceLoad': 8_000,
  'PermanenceReplacePayload.loadWarnings': 50,
  'PermanenceSwapPayload.loadWarnings': 50,
};

/**
 * A report (a root `…Report` field: activityReport, hoursReport, planningReport …) reads a year of the
 * service in SQL, a few hundred milliseconds on a large one: it weighs 8,000, so one request asks at most
 * 12 of them (the limit is 100,000) and thirty aliased reports are refused before any runs.
 */
export const REPORT_WEIGHT = 8_000;
const isReport = (parent: GraphQLCompositeType, schema: GraphQLSchema, name: string) => parent === schema.getQueryType() && /.Report$/.test(name);

export interface DocumentMeasure {
  /** Deepest chain of fields, through fragments. */
  depth: number;
  /** Every field counts 1; a list field multiplies what it selects by its page size (or PLAIN_LIST). */
  cost: number;
}

// Checked before the variables are known (Apollo caches validated documents without them), so a
// page size given by a variable counts as the largest page the API serves.
function pageSize(value: ValueNode | undefined, schemaDefault: unknown): number {
  if (!value) return typeof schemaDefault === 'number' ? schemaDefault : DEFAULT_PAGE;
  // No list gives more than MAX_PAGE: a larger `first` is refused by the argument's own rule
  // (BAD_USER_INPUT naming `first`) before anything is read, so it costs no more than a full page.
  return value.kind === Kind.INT ? Math.min(MAX_PAGE, Math.max(0, Number(value.value))) : DEFAULT_PAGE;
}

function fieldDef(schema: GraphQLSchema, parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (parent === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (parent === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** How many times a field's selection runs: its page size for paginated and list fields, else once. */
function multiplier(def: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType, node: FieldNode): number {
  const paged = def.args.find((a) => a.name === 'first') ?? def.args.find((a) => a.name === 'last');
  if (paged) {
    const given = node.arguments?.find((a) => a.name.value === 'first') ?? node.arguments?.find((a) => a.name.value === 'last');
    return pageSize(given?.value, paged.defaultValue);
  }
  // A connection's edges and nodes are the page its field already counted.
  if (parent.name.endsWith('Connection')) return 1;
  return isListType(getNullableType(def.type)) ? PLAIN_LIST : 1;
}

/**
 * Measures one operation. Fragments are memoised by name (a fragment's type condition fixes what
 * it selects, wherever it is spread); pass one memo for all operations of a document and the
 * whole check stays linear in the document's size.
 */
export function measureOperation(schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>, operation: OperationDefinitionNode, memo = new Map<string, DocumentMeasure>()): DocumentMeasure {
  const inProgress = new Set<string>();

  const fragment = (name: string): DocumentMeasure => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    const type = def && schema.getType(def.typeCondition.name.value);
    // Cycles and unknown fragments are reported by graphql's own rules; count them as nothing here.
    if (!def || !isCompositeType(type) || inProgress.has(name)) return { depth: 0, cost: 0 };
    inProgress.add(name);
    const measure = selection(def.selectionSet, type);
    inProgress.delete(name);
    memo.set(name, measure);
    return measure;
  };

  const selection = (set: SelectionSetNode, parent: GraphQLCompositeType): DocumentMeasure => {
    let depth = 0;
    let cost = 0;
    for (const s of set.selections) {
      let inner: DocumentMeasure;
      if (s.kind === Kind.FIELD) {
        const def = fieldDef(schema, parent, s);
        const type = def && getNamedType(def.type);
        // Introspection reads the schema in memory (and is off in production): it counts once.
        const introspection = def === SchemaMetaFieldDef || def === TypeMetaFieldDef;
        const child = s.selectionSet && isCompositeType(type) ? selection(s.selectionSet, type) : { depth: 0, cost: 0 };
        const times = def ? multiplier(def, parent, s) : 1;
        const weight = def ? (FIELD_WEIGHT[`${parent.name}.${def.name}`] ?? (isReport(parent, schema, def.name) ? REPORT_WEIGHT : 1)) : 1;
        inner = { depth: 1 + child.depth, cost: introspection ? 1 : weight + times * child.cost };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        inner = isCompositeType(type) ? selection(s.selectionSet, type) : { depth: 0, cost: 0 };
      } else {
        inner = fragment(s.name.value);
      }
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
    return { depth, cost };
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root ? selection(operation.selectionSet, root) : { depth: 0, cost: 0 };
}

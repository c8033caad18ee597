// Builds the executable schema from the module resolvers.
import 'reflect-metadata';
import { assertValidSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { resolvers } from './resolvers.js';
import type { Context } from '../graphql/context.js';
import { authChecker } from '../graphql/auth-checker.js';
import { applyInputLimits, validateInput } from '../graphql/input-validation.js';
import { auditReadsOf, Beneficiary } from '../modules/cases/index.js';
import { FinancialParticipation, IncomeProof } from '../modules/income/index.js';
import { SatisfactionCheck, SatisfactionScore } from '../modules/satisfaction/index.js';


let built: Promise<GraphQLSchema> | null = null;

/**
 * A field with no @Authorized and no middleware of its own (most of them: names, statuses, ids) is
 * read by graphql's default resolver, not through type-graphql's per-field wrapper (an object and
 * a middleware chain per field read: a 50-row list reads some 400). Fields that do have a rule keep
 * it: the auth checker, the audited reads (auditReadsOf, so this runs after it) and field resolvers.
 */
function plainFieldsResolveDirectly(): void {
  const storage = getMetadataStorage();
  const guarded = new Map<unknown, Set<string>>();
  for (const m of [...storage.middlewares, ...storage.authorizedFields]) guarded.set(m.target, (guarded.get(m.target) ?? new Set()).add(m.fieldName));
  const guardedClasses = new Set<unknown>([...storage.resolverMiddlewares, ...storage.authorizedResolver].map((m) => m.target));
  for (const field of storage.fields) {
    if (field.simple !== undefined || guardedClasses.has(field.target)) continue;
    if (!guarded.get(field.target)?.has(field.name)) field.simple = true;
  }
}

// type-graphql keeps its metadata globally: build once per process.
export function relaisSchema(): Promise<GraphQLSchema> {
  // R5: reads of the listed sensitive fields go to the audit trail (cases/audited-reads.ts).
  auditReadsOf({ Beneficiary, IncomeProof, FinancialParticipation, SatisfactionCheck, SatisfactionScore });
  plainFieldsResolveDirectly();
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    // Resolvers are built by the server's container, with the services they need.
    container: ({ context }: { context: Context }) => context.container,
    // Input limits are declared on the input classes (graphql/input-limits.ts) and checked here.
    validateFn: validateInput,
    emitSchemaFile: false,
    // type-graphql's check runs the whole introspection query (a quarter of the compiled API's start)
    // to find what graphql's own validation finds (asserted below); the default values it also
    // prints are printed by schema:emit, whose SDL a test compares.
    skipCheck: true,
    // Every subscription reads the outbox feed through its own `subscribe`; type-graphql still
    // insists on a pubSub, so this one refuses to be used instead of silently dropping events.
    pubSub: {
      publish: () => {
        throw new Error('publish through the outbox (events/outbox.ts), not type-graphql pubSub');
      },
      subscribe: () => {
        throw new Error('subscriptions read the EventFeed, not type-graphql pubSub');
      },
    },
  }).then((schema) => {
    assertValidSchema(schema);
    return applyInputLimits(schema);
  });
  return built;
}

// Queries over HTTP run by graphql-jit (issue 14: per-request cost): a document compiled once to
// JavaScript skips graphql's per-field work (field collection, argument coercion, completeValue) on
// every later request. Mutations, subscriptions and anything graphql-jit will not compile run on
// graphql's own execute. Apollo Server takes a custom executor only from a `gateway`.
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export type CompileOn = 'second sight' | 'first sight' | 'never';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

export interface QueryRequest {
  /** The document's identity: the same text (and operation) compiles to the same code. */
  key: string;
  document: DocumentNode;
  operationName?: string | null;
  contextValue: unknown;
  variableValues?: Record<string, unknown> | null;
}

export interface CompiledQueriesOptions {
  /** When a document is compiled: when seen a second time (the default), at once, or never (graphql's execute). */
  compile?: CompileOn;
  /** Compiled documents kept (least recently used dropped): each holds its generated code. */
  maxCompiled?: number;
  /** Documents seen once and remembered (their key only): compiled when seen again. */
  maxSeen?: number;
}

/**
 * Compiled queries per document, bounded: a hostile client sending many distinct documents costs at
 * most `maxCompiled` compilations kept, and a document is compiled only when seen a second time (a
 * one-off query is not worth its compilation).
 */
export class CompiledQueries {
  /** null: graphql-jit refused the document; graphql's execute runs it. */
  private readonly compiled = new Map<string, CompiledQuery | null>();
  private readonly seen = new Set<string>();
  private readonly compile: CompileOn;
  private readonly maxCompiled: number;
  private readonly maxSeen: number;

  constructor(
    private readonly schema: GraphQLSchema,
    { compile = 'second sight', maxCompiled = 200, maxSeen = 1000 }: CompiledQueriesOptions = {},
  ) {
    this.compile = compile;
    this.maxCompiled = maxCompiled;
    this.maxSeen = maxSeen;
  }

  get size(): number {
    return this.compiled.size;
  }

  async run(request: QueryRequest): Promise<ExecutionResult> {
    const compiled = this.compiledFor(request);
    if (compiled) {
      const result = await compiled.query(undefined, request.contextValue, request.variableValues ?? {});
      // No `data`: the variables were refused before anything ran. graphql says why in its own words
      // (Apollo recognises those as BAD_USER_INPUT).
      if ('data' in result) return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
    }
    return this.execute(request);
  }

  execute({ document, operationName, contextValue, variableValues }: QueryRequest): Promise<ExecutionResult> | ExecutionResult {
    return execute({ schema: this.schema, document, operationName, contextValue, variableValues });
  }

  private compiledFor({ key, document, operationName }: QueryRequest): CompiledQuery | null {
    if (this.compile === 'never') return null;
    const hit = this.compiled.get(key);
    if (hit !== undefined) {
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    if (this.compile === 'second sight' && !this.seen.delete(key)) {
      this.seen.add(key);
      if (this.seen.size > this.maxSeen) this.seen.delete(this.seen.values().next().value!);
      return null;
    }
    const result = compileQuery(this.schema, document, operationName ?? undefined);
    const compiled = isCompiledQuery(result) ? result : null;
    this.compiled.set(key, compiled);
    if (this.compiled.size > this.maxCompiled) this.compiled.delete(this.compiled.keys().next().value!);
    return compiled;
  }
}

/**
 * graphql-jit's error as graphql's own: Apollo reads `extensions` (graphql-jit leaves it undefined
 * when the cause has none) and formatError unwraps `originalError` (graphql-js sets one for a
 * non-null field left null too).
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  const same = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? new Error(error.message), extensions: error.extensions });
  (same as { locations: GraphQLError['locations'] }).locations = error.locations;
  return same;
}

/** Apollo's gateway hook, used only for its executor: queries compiled, the rest as Apollo would run them. */
export function compiledQueryGateway(schema: GraphQLSchema, options?: CompiledQueriesOptions): Gateway {
  const queries = new CompiledQueries(schema, options);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operation, queryHash, context, request }) => {
          // As Apollo runs graphql's execute: the operation the client named, its raw variables.
          const { operationName, variables } = request;
          const query: QueryRequest = { key: `${queryHash}:${operationName ?? ''}`, document, operationName, contextValue: context, variableValues: variables };
          return operation?.operation === 'query' ? queries.run(query) : queries.execute(query);
        },
      };
    },
    async stop() {},
  };
}

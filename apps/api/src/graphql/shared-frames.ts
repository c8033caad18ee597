// Live fan-out on one process: each event is executed and serialised once per (document, viewer's
// projection), and every socket of that group is written the same frame with its own operation id
// in front. 5,000 kiosks on permanenceChanged cost one execution and one JSON.stringify per event
// instead of 5,000 (each with its own graphql execution, error mapping and stringify).
// R5: subscribers share a frame only when everything their answer may depend on is equal: the
// same document, the same variables (but `after`, which only says where the feed starts) and the
// same viewer (the kiosk; a staff member by id, role and sector). The source stream stays per
// subscriber (its authorisation, its topic filter, its cursor and catch-up), so only the source
// event object the feed hands to all of them is the key of a shared frame.
import { GraphQLError, Kind, createSourceEventStream, execute, getOperationAST, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from './context.js';
import { isDatabaseUnavailable } from '../db/outage.js';
import { formatFault } from './faults.js';
import { serviceUnavailable } from './unavailable.js';

/** The socket side of a subscriber: what a `ws` WebSocket offers. */
export interface FrameSocket {
  readonly readyState: number;
  send(frame: string): void;
}

const OPEN = 1;
// Sockets written before the event loop is let go: other requests (a burst of writes) are served
// between batches instead of after the last of 5,000 sockets.
const BATCH = 500;

interface Frame {
  /** The `payload` of a graphql-ws `next` message, as JSON. */
  payload: string;
  /** Resolves when the `index`-th socket of this frame may be written (one macrotask per batch). */
  turn(index: number): Promise<void> | null;
  taken: number;
}

/** The same answer to a fault as over HTTP: no statement, no parameters, a clear input error, SERVICE_UNAVAILABLE in an outage. */
export function formatLiveResult(result: ExecutionResult, production: boolean): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    if (e.extensions?.code) return e;
    // A variable graphql refused (coercion), before anything ran: the client's input, as Apollo says over HTTP.
    if (e.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION && (!e.originalError || e.originalError instanceof GraphQLError)) return new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } });
    // A resolver that met a database outage: SERVICE_UNAVAILABLE, as over HTTP, not an internal fault.
    if (isDatabaseUnavailable(e)) return serviceUnavailable({ http: false });
    const f = formatFault({ ...e.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, e, production);
    return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
  });
  return { ...result, errors };
}

/** Who the answer is for, as far as any resolver may tell viewers apart (R5). */
function projectionKey(ctx: Context): string {
  const v = ctx.viewer;
  const who = !v ? '-' : v.kind === 'STAFF' ? `S:${v.staffId}:${v.role}:${v.sectorId ?? ''}:${v.board ? 1 : 0}` : v.kind;
  return `${who}|${ctx.trustedDocument ? 1 : 0}`;
}

/** Variables used only as the `after` argument of the subscription's root fields: where the feed starts, not what an event reads. */
function startOnlyVariables(document: DocumentNode, operationName: string | null | undefined): Set<string> {
  const op = getOperationAST(document, operationName);
  const asAfter = new Set<string>();
  for (const sel of op?.selectionSet.selections ?? []) {
    if (sel.kind !== Kind.FIELD) continue;
    for (const arg of sel.arguments ?? []) if (arg.name.value === 'after' && arg.value.kind === Kind.VARIABLE) asAfter.add(arg.value.name.value);
  }
  if (!asAfter.size) return asAfter;
  const uses = new Map<string, number>();
  visit(document, { Variable: (node) => void uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1) });
  // Each is used once in its definition and once as `after`; any other use reads it.
  return new Set([...asAfter].filter((name) => uses.get(name) === 2));
}

export class SharedFrames {
  private readonly documentIds = new WeakMap<DocumentNode, { id: number; startOnly: Set<string> }>();
  private nextDocumentId = 0;
  // Keyed by the event object the feed hands to every subscriber: gone with the event.
  private readonly frames = new WeakMap<object, Map<string, Promise<Frame>>>();

  constructor(private readonly production: boolean) {}

  /**
   * graphql's `subscribe`, but each event is written straight to `socket` as a frame shared with
   * the other subscribers of its group; the iterator handed back yields nothing and ends with the
   * subscription. Without a socket, or with an event that is not an object, it executes per
   * subscriber as graphql does.
   */
  async subscribe(args: ExecutionArgs, socket: FrameSocket | undefined, operationId: string): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterator(stream)) return stream as ExecutionResult;
    const group = this.groupKey(args);
    // One prefix per subscription, made once: the frame of each event is this, its payload and `}`.
    const prefix = `{"id":${JSON.stringify(operationId)},"type":"next","payload":`;
    const frameFor = (event: unknown) => this.frameFor(args, group, event);
    let ended = false;
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        for (;;) {
          const r = await stream.next();
          if (r.done || ended) return { value: undefined, done: true };
          if (!socket) return { value: await this.run(args, r.value), done: false };
          const frame = await frameFor(r.value);
          const index = frame.taken++;
          const wait = frame.turn(index);
          if (wait) await wait;
          if (!ended && socket.readyState === OPEN) socket.send(`${prefix}${frame.payload}}`); // not after complete
        }
      },
      return: async () => {
        ended = true;
        await stream.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private groupKey(args: ExecutionArgs): string {
    let doc = this.documentIds.get(args.document);
    if (!doc) this.documentIds.set(args.document, (doc = { id: this.nextDocumentId++, startOnly: startOnlyVariables(args.document, args.operationName) }));
    const vars = Object.entries(args.variableValues ?? {}).filter(([name]) => !doc.startOnly.has(name));
    return `${doc.id}|${args.operationName ?? ''}|${JSON.stringify(vars)}|${projectionKey(args.contextValue as Context)}`;
  }

  private async run(args: ExecutionArgs, event: unknown): Promise<ExecutionResult> {
    return formatLiveResult(await execute({ ...args, rootValue: event }), this.production);
  }

  private frameFor(args: ExecutionArgs, group: string, event: unknown): Promise<Frame> {
    if (typeof event !== 'object' || event === null) return this.makeFrame(args, event);
    let byGroup = this.frames.get(event);
    if (!byGroup) this.frames.set(event, (byGroup = new Map()));
    let frame = byGroup.get(group);
    if (!frame) {
      const made = this.makeFrame(args, event);
      byGroup.set(group, (frame = made));
      // A frame that failed is not kept: the group's next subscriber builds its own.
      made.catch(() => byGroup.get(group) === made && byGroup.delete(group));
    }
    return frame;
  }

  private async makeFrame(args: ExecutionArgs, event: unknown): Promise<Frame> {
    const payload = JSON.stringify(await this.run(args, event));
    const turns: Promise<void>[] = [];
    return {
      payload,
      taken: 0,
      turn(index) {
        const batch = Math.floor(index / BATCH);
        if (batch === 0) return null;
        for (let b = turns.length + 1; b <= batch; b++) turns.push((turns[b - 2] ?? Promise.resolve()).then(() => new Promise<void>((r) => setImmediate(r))));
        return turns[batch - 1];
      },
    };
  }
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return typeof (value as { next?: unknown } | null)?.next === 'function' && Symbol.asyncIterator in (value as object);
}

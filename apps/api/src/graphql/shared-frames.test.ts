import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionArgs } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from './context.js';
import { SharedFrames, type FrameSocket } from './shared-frames.js';

// A feed handing the same event object to every subscriber, as events/feed.ts does.
function makeFeed() {
  const waiting = new Set<(e: object) => void>();
  return {
    push: (e: object) => [...waiting].forEach((w) => w(e)),
    subscribe(): AsyncIterableIterator<object> {
      const queue: object[] = [];
      let wake: ((r: IteratorResult<object>) => void) | null = null;
      let done = false;
      const listener = (e: object) => (wake ? (wake({ value: e, done: false }), (wake = null)) : queue.push(e));
      waiting.add(listener);
      const it: AsyncIterableIterator<object> = {
        next: () => (done ? Promise.resolve({ value: undefined, done: true }) : queue.length ? Promise.resolve({ value: queue.shift()!, done: false }) : new Promise((r) => (wake = r))),
        return: () => {
          done = true;
          waiting.delete(listener);
          wake?.({ value: undefined, done: true });
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]: () => it,
      };
      return it;
    },
  };
}

function world() {
  const feed = makeFeed();
  let resolved = 0;
  const Tick = new GraphQLObjectType({
    name: 'Tick',
    fields: {
      n: { type: GraphQLInt },
      // What a viewer may read differs (as R5 projections do): the kiosk reads no note.
      note: { type: GraphQLString, resolve: (e: { n: number }, _a, ctx: Context) => (ctx.viewer?.kind === 'STAFF' ? `note ${e.n} for ${ctx.viewer.staffId}` : null) },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: Tick,
          args: { after: { type: GraphQLString }, sector: { type: GraphQLString } },
          subscribe: () => feed.subscribe(),
          resolve: (e: object) => (resolved++, e),
        },
      },
    }),
  });
  const frames = new SharedFrames(true);
  const document = parse('subscription ($after: String, $sector: String) { tick(after: $after, sector: $sector) { n note } }');
  const sockets: (FrameSocket & { sent: string[]; readyState: number })[] = [];
  const open = async (viewer: Context['viewer'], variableValues: Record<string, unknown> = {}) => {
    const socket = { readyState: 1, sent: [] as string[], send(f: string) { this.sent.push(f); } };
    sockets.push(socket);
    const args: ExecutionArgs = { schema, document, variableValues, contextValue: { viewer } as Context };
    const it = (await frames.subscribe(args, socket, `op-${sockets.length}`)) as AsyncIterableIterator<unknown>;
    void it.next(); // graphql-ws's loop: it never yields, it writes
    return { socket, it };
  };
  const settle = () => new Promise((r) => setTimeout(r, 50));
  return { feed, open, settle, resolved: () => resolved };
}

const KIOSK = { kind: 'KIOSK', sessionId: 'k' } as const;
const staff = (staffId: string) => ({ kind: 'STAFF', sessionId: `s-${staffId}`, staffId, role: 'DIRECTOR', sectorId: null }) as const;

describe('shared frames: one execution per event, document and viewer projection', () => {
  it('kiosks share one execution and get the same payload; each staff member gets her own projection (R5)', async () => {
    const w = world();
    const kiosks = await Promise.all([w.open(KIOSK), w.open(KIOSK), w.open(KIOSK, { after: '41' })]);
    const [anne, bert] = await Promise.all([w.open(staff('anne')), w.open(staff('bert'))]);
    w.feed.push({ n: 42 });
    await w.settle();
    expect(w.resolved()).toBe(3); // the kiosks (whatever their `after`), Anne, Bert
    kiosks.forEach(({ socket }, i) => expect(socket.sent.map((f) => JSON.parse(f))).toEqual([{ id: `op-${i + 1}`, type: 'next', payload: { data: { tick: { n: 42, note: null } } } }]));
    expect(JSON.parse(anne.socket.sent[0]).payload.data.tick.note).toBe('note 42 for anne');
    expect(JSON.parse(bert.socket.sent[0]).payload.data.tick.note).toBe('note 42 for bert');
  });

  it('does not share between different variables other than `after`, nor across events', async () => {
    const w = world();
    await Promise.all([w.open(KIOSK, { sector: 'S1' }), w.open(KIOSK, { sector: 'S2' })]);
    w.feed.push({ n: 1 });
    w.feed.push({ n: 2 });
    await w.settle();
    expect(w.resolved()).toBe(4);
  });

  it('writes nothing to a closed socket, and a returned subscription takes no more events', async () => {
    const w = world();
    const a = await w.open(KIOSK);
    const b = await w.open(KIOSK);
    a.socket.readyState = 3;
    await b.it.return?.();
    w.feed.push({ n: 7 });
    await w.settle();
    expect(a.socket.sent).toEqual([]);
    expect(b.socket.sent).toEqual([]);
  });

  it('lets the event loop run between batches of sockets, and still writes to all of them', async () => {
    const w = world();
    const subs = await Promise.all(Array.from({ length: 1_200 }, () => w.open(KIOSK)));
    let writtenWhenOtherWorkRan = -1;
    w.feed.push({ n: 3 });
    setImmediate(() => (writtenWhenOtherWorkRan = subs.filter((s) => s.socket.sent.length).length));
    for (let i = 0; i < 300 && subs.some((s) => !s.socket.sent.length); i++) await new Promise((r) => setTimeout(r, 10));
    expect(subs.filter((s) => s.socket.sent.length === 1).length).toBe(1_200);
    expect(writtenWhenOtherWorkRan).toBeGreaterThan(0);
    expect(writtenWhenOtherWorkRan).toBeLessThan(1_200);
    expect(w.resolved()).toBe(1);
  });
});

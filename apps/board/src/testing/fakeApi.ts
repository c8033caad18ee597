// Test double of the API for composable tests: answers queries from a handler, lets a test push
// subscription events, and counts what the board asked for. No network, no DOM.
import { Client, getOperationName, install as installUrql, subscriptionExchange, type ExecutionResult, type Operation } from '@urql/vue';
import { createApp, effectScope, reactive } from 'vue';
import { BoardClientKey, type BoardClient, type ConnectionState } from '../client';

type Observer = { next(value: ExecutionResult): void; error(err: unknown): void; complete(): void };
export type Answer = (variables: Record<string, unknown>) => ExecutionResult;

export interface Asked {
  name: string;
  kind: Operation['kind'];
  variables: Record<string, unknown>;
  requestPolicy: string;
}

export function createFakeApi(answers: Record<string, Answer> = {}, { connected = true }: { connected?: boolean } = {}) {
  const asked: Asked[] = [];
  const open = new Map<string, Set<Observer>>();

  const urql = new Client({
    url: 'http://relais.test/graphql',
    exchanges: [
      subscriptionExchange({
        enableAllOperations: true,
        forwardSubscription: (_request, operation) => ({
          subscribe(observer: Observer) {
            const name = getOperationName(operation.query) ?? '';
            const variables = { ...(operation.variables as Record<string, unknown>) };
            asked.push({ name, kind: operation.kind, variables, requestPolicy: operation.context.requestPolicy });
            if (operation.kind === 'subscription') {
              const set = open.get(name) ?? new Set<Observer>();
              set.add(observer);
              open.set(name, set);
              return { unsubscribe: () => set.delete(observer) };
            }
            let cancelled = false;
            void Promise.resolve().then(() => {
              if (cancelled) return;
              const answer = answers[name];
              observer.next(answer ? answer(variables) : { errors: [{ message: `no fake answer for ${name}` }] } as ExecutionResult);
              observer.complete();
            });
            return { unsubscribe: () => (cancelled = true) };
          },
        }),
      }),
    ],
  });

  // Connected once already, as a real socket is once its first connection is made; or still connecting.
  const connection = reactive<ConnectionState>({ status: connected ? 'connected' : 'connecting', lastUpdateAt: null, connects: connected ? 1 : 0 });
  const board: BoardClient = {
    urql,
    connection,
    markUpdated: (at = new Date()) => (connection.lastUpdateAt = at),
    restart: () => undefined,
    dispose: () => undefined,
  };

  return {
    board,
    answers,
    asked,
    /** Operations of that name the board sent, in order. */
    calls: (name: string) => asked.filter((a) => a.name === name),
    /** Pushes one event to every open subscription of that name. */
    emit(name: string, data: Record<string, unknown>) {
      for (const o of open.get(name) ?? []) o.next({ data });
    },
    /** Ends every open subscription of that name with an error, as the API would. */
    fail(name: string, message: string) {
      for (const o of [...(open.get(name) ?? [])]) o.next({ errors: [{ message }] } as ExecutionResult);
      for (const o of [...(open.get(name) ?? [])]) o.complete();
      open.delete(name);
    },
    openCount: (name: string) => open.get(name)?.size ?? 0,
    /** The socket came back after a drop (or, created not connected, made its first connection). */
    reconnect() {
      connection.status = 'connected';
      connection.connects += 1;
    },
  };
}

/** Runs a composable as a component's setup would, with the fake API provided at the root. */
export function runWithBoard<T>(board: BoardClient, use: () => T): { result: T; stop: () => void } {
  const app = createApp({ render: () => null });
  app.provide(BoardClientKey, board);
  installUrql(app, board.urql);
  const scope = effectScope();
  const result = app.runWithContext(() => scope.run(use)) as T;
  return { result, stop: () => scope.stop() };
}

/** Lets queued microtasks and the composables' coalescing timers run. */
export async function settle(ms = 80): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

// One query kept live: read at once, read again (network-only) on every change event, after every
// (re)connection of the socket (catching up), at the instants the answer is known to change, and
// once a minute, since "now" moves even when nobody publishes anything.
import { useQuery, type AnyVariables, type TypedDocumentNode } from '@urql/vue';
import { computed, onScopeDispose, shallowRef, watch, type MaybeRefOrGetter } from 'vue';
import { useBoardClient } from './useBoardClient';
import { ALL_TOPICS, useLiveEvents, type LiveEvent, type LiveTopic } from './useLiveEvents';

export interface LiveQueryOptions<Data, Variables extends AnyVariables> {
  query: TypedDocumentNode<Data, Variables>;
  variables: MaybeRefOrGetter<Variables>;
  pause?: MaybeRefOrGetter<boolean>;
  topics?: readonly LiveTopic[];
  /** Instants (ISO) at which the answer changes by itself, e.g. the end of the current shift. */
  changesAt?: (data: Data | undefined) => readonly (string | null | undefined)[];
  refreshEveryMs?: number;
  /**
   * The new state an event carries, applied at once (the re-read still follows and has the last word):
   * the data with the event applied, or undefined when it changes nothing here.
   */
  applyEvent?: (data: Data, event: LiveEvent) => Data | undefined;
}

// Several events of one change (a replacement, its alert, …) arrive together: one read for all.
const COALESCE_MS = 50;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export function useLiveQuery<Data, Variables extends AnyVariables>(options: LiveQueryOptions<Data, Variables>) {
  const board = useBoardClient();
  const result = useQuery<Data, Variables>({
    query: options.query,
    variables: options.variables,
    pause: options.pause ?? false,
    requestPolicy: 'network-only',
  } as Parameters<typeof useQuery<Data, Variables>>[0]);

  // A read that fails while the link is down must not blank the screen: the last answer stays (dimmed
  // as stale) until a fresh one arrives.
  const data = shallowRef<Data | undefined>(undefined);
  watch(
    result.data,
    (fresh) => {
      if (fresh === undefined) return;
      data.value = fresh;
      if (!result.error.value) board.markUpdated();
    },
    { immediate: true },
  );

  let pending: ReturnType<typeof setTimeout> | undefined;
  const refetch = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (!result.isPaused.value) result.executeQuery({ requestPolicy: 'network-only' });
    }, COALESCE_MS);
  };

  useLiveEvents(options.topics ?? ALL_TOPICS, (event) => {
    const applied = data.value !== undefined && options.applyEvent ? options.applyEvent(data.value, event) : undefined;
    if (applied !== undefined) data.value = applied;
    refetch();
  });
  // Not on the first connection: the first read has just gone out over HTTP (reading it again doubled
  // every screen load's queries); only a REconnection may have missed events.
  watch(
    () => board.connection.connects,
    (_now, before) => {
      if (before > 0) refetch();
    },
  );
  const ticker = setInterval(refetch, options.refreshEveryMs ?? 60_000);

  let boundary: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => {
      const now = Date.now();
      const future = (options.changesAt?.(data.value) ?? [])
        .map((iso) => (iso ? Date.parse(iso) : NaN))
        .filter((t) => Number.isFinite(t) && t > now);
      return future.length ? Math.min(...future) : null;
    },
    (at) => {
      clearTimeout(boundary);
      if (at !== null) boundary = setTimeout(refetch, Math.min(at - Date.now() + 1_000, LONGEST_TIMER_MS));
    },
    { immediate: true },
  );

  onScopeDispose(() => {
    clearTimeout(pending);
    clearTimeout(boundary);
    clearInterval(ticker);
  });

  return {
    data,
    error: result.error,
    fetching: result.fetching,
    loaded: computed(() => data.value !== undefined),
    refetch,
  };
}

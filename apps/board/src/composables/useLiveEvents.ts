// The change feed: permanenceChanged, alertChanged, absenceChanged, sectorCaseloadChanged, scheduleChanged,
// conflictChanged, planningBoardChanged. Each event is handed to
// `onEvent`; the last cursor is kept so that a subscription the API ended resumes after it.
import { useSubscription, type TypedDocumentNode } from '@urql/vue';
import {
  absenceChangedSubscription,
  alertChangedSubscription,
  conflictChangedSubscription,
  permanenceChangedSubscription,
  permanenceSwapChangedSubscription,
  planningBoardChangedSubscription,
  sectorCaseloadChangedSubscription,
  scheduleChangedSubscription,
} from '@relais/schema';
import type { BoardShiftFragment } from '@relais/schema';
import { onScopeDispose, shallowRef, watch } from 'vue';

export type LiveTopic = 'permanence' | 'alert' | 'absence' | 'caseload' | 'schedule' | 'conflict' | 'planning' | 'swap';
// The permanence's topics: what the rota, who-to-call and alerts panels follow by default; the
// caseload counts, the schedule and the planning panels follow their own topics (their changes are many).
export const ALL_TOPICS: readonly LiveTopic[] = ['permanence', 'alert', 'absence'];

export interface LiveEvent {
  topic: LiveTopic;
  cursor: string;
  type: string;
  occurredAt: string;
  /** A permanence event's shift as it now stands (its new holders), to show before the re-read. */
  shift?: BoardShiftFragment;
}

type FeedEvent = Omit<LiveEvent, 'topic'>;
type Variables = { after?: string | null };

const RESUBSCRIBE_AFTER_MS = 5_000;

function follow<Data>(
  topic: LiveTopic,
  query: TypedDocumentNode<Data, Variables>,
  pick: (data: Data) => FeedEvent,
  onEvent: (event: LiveEvent) => void,
) {
  // Where to start if the subscription has to be opened again; not every event (that would resubscribe each time).
  const resumeAfter = shallowRef<string | null>(null);
  let lastCursor: string | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const sub = useSubscription<Data, Data, Variables>(
    { query, variables: () => ({ after: resumeAfter.value }) },
    (_previous, data) => {
      const event = pick(data);
      lastCursor = event.cursor;
      onEvent({ topic, ...event });
      return data;
    },
  );

  // The socket's own reconnects keep the subscription open; this is for one the API ended with an error.
  watch(sub.error, (error) => {
    if (!error) return;
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (resumeAfter.value !== lastCursor) resumeAfter.value = lastCursor;
      else sub.executeSubscription();
    }, RESUBSCRIBE_AFTER_MS);
  });
  onScopeDispose(() => clearTimeout(retry));
}

export function useLiveEvents(topics: readonly LiveTopic[], onEvent: (event: LiveEvent) => void): void {
  if (topics.includes('permanence')) follow('permanence', permanenceChangedSubscription, (d) => d.permanenceChanged as FeedEvent, onEvent);
  if (topics.includes('alert')) follow('alert', alertChangedSubscription, (d) => d.alertChanged, onEvent);
  if (topics.includes('absence')) follow('absence', absenceChangedSubscription, (d) => d.absenceChanged, onEvent);
  if (topics.includes('caseload')) {
    follow('caseload', sectorCaseloadChangedSubscription, (d) => ({ ...d.sectorCaseloadChanged, type: 'CASELOAD_CHANGED' }), onEvent);
  }
  if (topics.includes('schedule')) follow('schedule', scheduleChangedSubscription, (d) => d.scheduleChanged, onEvent);
  if (topics.includes('conflict')) follow('conflict', conflictChangedSubscription, (d) => d.conflictChanged, onEvent);
  // Counts-only: the planning's own feed carries requests and case files the kiosk may not read (R5).
  // Swaps (R13): only the desks of those who may read them follow this feed (staff, never the kiosk).
  if (topics.includes('swap')) follow('swap', permanenceSwapChangedSubscription, (d) => d.permanenceSwapChanged, onEvent);
  if (topics.includes('planning')) follow('planning', planningBoardChangedSubscription, (d) => d.planningBoardChanged, onEvent);
}

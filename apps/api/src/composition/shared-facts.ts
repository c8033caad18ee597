// Who to call's facts shared by the requests of one process (modules/permanence/who-to-call-share.ts)
// are dropped at once when this process writes, or when an event tells of another's change to what
// they rest on (absences, the rota, swaps, holidays, R11 replacements); anything else shows within a second.
import { onCommittedWrite } from '../db/committed-writes.js';
import type { EventFeed } from '../events/feed.js';
import type { Topic } from '../events/outbox.js';
import type { WhoToCallService } from '../modules/permanence/index.js';

const TOPICS: Topic[] = ['absence', 'permanence', 'swap', 'holiday', 'planning'];

/** Starts watching; the returned function stops it. */
export function dropSharedFactsOnChange(whoToCall: WhoToCallService, feed: EventFeed): () => Promise<void> {
  const unwatch = onCommittedWrite(() => whoToCall.factsChanged());
  const events = feed.subscribe(TOPICS, null);
  const heard = (async () => {
    for await (const _ of events) whoToCall.factsChanged();
  })();
  return async () => {
    unwatch();
    await events.return?.();
    await heard;
  };
}

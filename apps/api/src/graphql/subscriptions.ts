// Plumbing shared by the subscriptions that read one topic of the outbox feed.
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from './context.js';
import { afterPosition } from './event-cursor.js';

type Topic = Parameters<Context['feed']['subscribe']>[0][number];

/** The committed events of one topic, in commit order; `after` resumes after the last cursor seen. */
export function topicFeed(topic: Topic) {
  return ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) =>
    context.feed.subscribe([topic], afterPosition(args.after), context.signal);
}

/** Each event is resolved against the database as it is now, with loaders its subscribers on this process share. */
export function freshLoaders(ctx: Context, e: { position: number }): Context {
  ctx.loaders = ctx.newLoaders(e.position);
  return ctx;
}

/** What every event type carries: its cursor, its type and when it happened. */
export const eventBase = (e: { position: number; type: string; occurredAt: Date }) => ({ cursor: String(e.position), type: e.type, occurredAt: e.occurredAt });

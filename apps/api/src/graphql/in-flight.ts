// A few operations of one session at a time on this process: ten heavy documents sent together by
// one login kept every other user (and /healthz) waiting for half a minute. Further operations of
// that session wait their turn (twenty identical requests still all answer, one after another);
// past a short queue they get TOO_MANY_REQUESTS (429, Retry-After). Other sessions are not held back.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';

const SESSION_RUNNING = 4;
const SESSION_WAITING = 32;

interface Lane {
  running: number;
  waiting: (() => void)[];
}

export function inFlightLimit(running = SESSION_RUNNING, waiting = SESSION_WAITING): ApolloServerPlugin<Context> {
  const lanes = new Map<string, Lane>();
  const release = (key: string) => {
    const lane = lanes.get(key);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) return next(); // the slot passes to the next in line
    lane.running -= 1;
    if (lane.running === 0) lanes.delete(key);
  };
  return {
    async requestDidStart({ contextValue }) {
      const key = contextValue.viewer?.sessionId;
      if (!key) return;
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { running: 0, waiting: [] }));
      let refused = false;
      if (lane.running < running) lane.running += 1;
      else if (lane.waiting.length < waiting) await new Promise<void>((resolve) => lane.waiting.push(resolve));
      else refused = true;
      let done = refused;
      return {
        async didResolveOperation() {
          if (refused) {
            throw new GraphQLError(`Too many operations of one session at once (${running} run, ${waiting} wait); try again shortly.`, {
              extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429, headers: new Map([['retry-after', '1']]) } },
            });
          }
        },
        async willSendResponse() {
          if (done) return;
          done = true;
          release(key);
        },
      };
    },
  };
}

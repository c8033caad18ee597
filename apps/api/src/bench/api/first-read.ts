// The board's whole first read (who to call for every sector, on call now/next/week-end, alerts,
// caseload counts, planning card, schedule panel), as a kiosk screen sends it on load, counted in
// SQL statements on an in-process API whose database client counts what it sends.
import { print } from 'graphql';
import {
  BoardAlertsDocument,
  BoardOnCallDocument,
  BoardPlanningDocument,
  BoardScheduleDocument,
  BoardSectorCaseloadsDocument,
  BoardSectorsDocument,
  BoardViewerDocument,
} from '../../../../../packages/schema/src/generated/graphql.js';
import { loadConfig } from '../../config.js';
import { startApp } from '../../http/app.js';
import { localDay } from '../../time/service-time.js';
import { gql } from './load.js';

export interface FirstRead {
  operations: number;
  statements: number;
  byOperation: Record<string, number>;
}

export async function boardFirstRead(databaseUrl: string, kioskToken: string): Promise<FirstRead> {
  const app = await startApp({ config: { ...loadConfig(), port: 0 }, databaseUrl });
  const client = (app.db as unknown as { $client: { unsafe: (...a: unknown[]) => unknown } }).$client;
  const original = client.unsafe;
  let count = 0;
  client.unsafe = (...args: unknown[]) => {
    count++;
    return original.apply(client, args);
  };
  const byOperation: Record<string, number> = {};
  const send = async (name: string, doc: Parameters<typeof print>[0], variables: Record<string, unknown> = {}) => {
    await gql(app.url, print(doc), variables, kioskToken); // warms caches a real second screen would find warm
    const before = count;
    const data = await gql(app.url, print(doc), variables, kioskToken);
    byOperation[name] = count - before;
    return data;
  };
  try {
    await send('BoardViewer', BoardViewerDocument);
    const onCall = (await send('BoardOnCall', BoardOnCallDocument)) as { permanenceOnCall?: { next?: { startsAt: string } | null } };
    await send('BoardSectors', BoardSectorsDocument, { nextAt: onCall.permanenceOnCall?.next?.startsAt ?? null, withNext: true });
    await send('BoardAlerts', BoardAlertsDocument, { first: 50 });
    await send('BoardSectorCaseloads', BoardSectorCaseloadsDocument);
    await send('BoardPlanning', BoardPlanningDocument);
    await send('BoardSchedule', BoardScheduleDocument, { day: localDay(new Date()), first: 20 });
  } finally {
    client.unsafe = original;
    await app.close();
  }
  return { operations: Object.keys(byOperation).length, statements: Object.values(byOperation).reduce((a, b) => a + b, 0), byOperation };
}

// Each module's per-request DataLoaders, put together once; graphql/loaders.ts adds them to the
// request's loaders (built fresh for every HTTP request, WebSocket operation and subscription message).
import type { Database } from '../db/client.js';
import { incomeLoaders } from '../modules/income/index.js';

export function moduleLoaders(db: Database) {
  const income = incomeLoaders(db);
  return () => ({
    ...income(),
  });
}

export type ModuleLoaders = ReturnType<ReturnType<typeof moduleLoaders>>;

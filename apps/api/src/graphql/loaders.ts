// Per-request DataLoaders, so lists resolve their related objects in one query per kind. The loaders
// themselves are built by the composition root (composition/loaders.ts), which fills `Loaders`.
import DataLoader from 'dataloader';

export function byId<R extends { id: string }>(load: (ids: readonly string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = await load(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function groupedBy<R>(load: (ids: readonly string[]) => Promise<R[]>, key: (row: R) => string) {
  return new DataLoader<string, R[]>(async (ids) => {
    const rows = await load(ids);
    return ids.map((id) => rows.filter((r) => key(r) === id));
  });
}

/**
 * The loaders of one request. Empty here; the composition root fills it (`declare module` in
 * composition/loaders.ts), so graphql/ does not import the modules whose rows they load.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

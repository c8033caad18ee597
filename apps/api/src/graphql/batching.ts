// The two shapes of per-request DataLoader every module uses: rows by id, and rows grouped by a key.
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

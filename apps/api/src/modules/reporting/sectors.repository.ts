// Sectors' codes and names, for reports built from another module's figures (the planning).
import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { sectors } from '../../db/schema/index.js';

export class SectorNamesRepository {
  constructor(private readonly db: Executor) {}

  all() {
    return this.db.select({ id: sectors.id, code: sectors.code, name: sectors.name }).from(sectors).orderBy(asc(sectors.code));
  }
}

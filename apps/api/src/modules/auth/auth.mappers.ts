// Rows to GraphQL objects.
import type { sessions } from '../../db/schema/index.js';
import { toGlobalId } from '../../shared/global-id.js';
import { KioskToken } from './auth.types.js';

export function toKioskToken(row: typeof sessions.$inferSelect): KioskToken {
  return Object.assign(new KioskToken(), {
    id: toGlobalId('KioskToken', row.id),
    label: row.label,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  });
}

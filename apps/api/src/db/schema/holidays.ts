// The service's own closing days, set per year by direction (public holidays are computed, not stored).
import { relations } from 'drizzle-orm';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './org.js';

export const serviceClosingDays = pgTable('service_closing_days', {
  // Local date (Brussels): one closing day per date.
  day: date('day', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
  setById: uuid('set_by_id').notNull().references(() => staff.id),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

export const serviceClosingDaysRelations = relations(serviceClosingDays, ({ one }) => ({
  setBy: one(staff, { fields: [serviceClosingDays.setById], references: [staff.id] }),
}));

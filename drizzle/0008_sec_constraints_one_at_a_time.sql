-- Issue 9, item 7: the "no overlap" and "one at a time" rules hold in the database itself, so two
-- requests racing past the services' checks cannot both commit. The API maps each violation to
-- the rule's userError (apps/api/src/graphql/constraint-rules.ts). Ranges are [start, end).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- One person is not away twice at once: absences in force of one person do not overlap.
ALTER TABLE "absences" ADD CONSTRAINT "absences_no_overlap"
  EXCLUDE USING gist ("staff_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("cancelled_at" IS NULL);
--> statement-breakpoint
-- One holder at a time: permanence shifts do not overlap (a split shift ends where its rest begins).
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "permanence_shifts_no_overlap"
  EXCLUDE USING gist (tstzrange("starts_at", "ends_at") WITH &&);
--> statement-breakpoint
-- R11: the flying social worker replaces or onboards one social worker at a time; a plan ended
-- early counts until it ended (an end before its start leaves an empty range).
ALTER TABLE "flying_assignments" ADD CONSTRAINT "flying_assignments_one_at_a_time"
  EXCLUDE USING gist ("flying_worker_id" WITH =, tstzrange("starts_at", greatest("starts_at", coalesce("ended_early_at", "ends_at"))) WITH &&);
--> statement-breakpoint
-- R15: at most one team-meeting support a week (Monday to Sunday, Brussels) not withdrawn.
CREATE UNIQUE INDEX "planning_requests_one_meeting_a_week" ON "planning_requests"
  (date_trunc('week', "meeting_at" AT TIME ZONE 'Europe/Brussels'))
  WHERE "kind" = 'MEETING_SUPPORT' AND "withdrawn_at" IS NULL;

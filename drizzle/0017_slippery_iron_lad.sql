CREATE TYPE "public"."swap_status" AS ENUM('OFFERED', 'TAKEN', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'UNDONE', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "permanence_swaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"status" "swap_status" DEFAULT 'OFFERED' NOT NULL,
	"offered_by_id" uuid NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"note" text,
	"event" text,
	"taken_by_id" uuid,
	"taken_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"refusal_reason" text,
	"replacement_id" uuid,
	"ended_by_id" uuid,
	"ended_at" timestamp with time zone,
	"undo_replacement_id" uuid
);
--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_shift_id_permanence_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."permanence_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_offered_by_id_staff_id_fk" FOREIGN KEY ("offered_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_taken_by_id_staff_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_decided_by_id_staff_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_replacement_id_permanence_replacements_id_fk" FOREIGN KEY ("replacement_id") REFERENCES "public"."permanence_replacements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_ended_by_id_staff_id_fk" FOREIGN KEY ("ended_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_swaps" ADD CONSTRAINT "permanence_swaps_undo_replacement_id_permanence_replacements_id_fk" FOREIGN KEY ("undo_replacement_id") REFERENCES "public"."permanence_replacements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "permanence_swaps_one_open_idx" ON "permanence_swaps" USING btree ("shift_id") WHERE "permanence_swaps"."status" in ('OFFERED', 'TAKEN');--> statement-breakpoint
CREATE INDEX "permanence_swaps_shift_idx" ON "permanence_swaps" USING btree ("shift_id","offered_at");--> statement-breakpoint
CREATE INDEX "permanence_swaps_status_idx" ON "permanence_swaps" USING btree ("status","offered_at");
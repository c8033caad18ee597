ALTER TABLE "alerts" ADD COLUMN "acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "acknowledged_by_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "acknowledgement_note" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_id_staff_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;
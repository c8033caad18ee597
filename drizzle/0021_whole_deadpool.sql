CREATE TABLE "satisfaction_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"singleton" boolean DEFAULT true NOT NULL,
	"low_score_at_most" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "satisfaction_settings_singleton_unique" UNIQUE("singleton"),
	CONSTRAINT "satisfaction_settings_singleton" CHECK ("satisfaction_settings"."singleton"),
	CONSTRAINT "satisfaction_low_score_scale" CHECK ("satisfaction_settings"."low_score_at_most" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "satisfaction_settings" ADD CONSTRAINT "satisfaction_settings_updated_by_id_staff_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;
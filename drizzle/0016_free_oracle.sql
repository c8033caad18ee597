CREATE TYPE "public"."satisfaction_domain" AS ENUM('PUNCTUALITY', 'QUALITY_OF_HELP', 'RELATIONSHIP_WITH_HELPER', 'COMMUNICATION_WITH_SERVICE');--> statement-breakpoint
CREATE TABLE "satisfaction_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"case_file_id" uuid NOT NULL,
	"comment" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "satisfaction_scores" (
	"check_id" uuid NOT NULL,
	"domain" "satisfaction_domain" NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	CONSTRAINT "satisfaction_scores_check_id_domain_pk" PRIMARY KEY("check_id","domain"),
	CONSTRAINT "satisfaction_score_scale" CHECK ("satisfaction_scores"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "satisfaction_checks" ADD CONSTRAINT "satisfaction_checks_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_checks" ADD CONSTRAINT "satisfaction_checks_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_checks" ADD CONSTRAINT "satisfaction_checks_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_scores" ADD CONSTRAINT "satisfaction_scores_check_id_satisfaction_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."satisfaction_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_checks_visit_idx" ON "satisfaction_checks" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "satisfaction_checks_case_idx" ON "satisfaction_checks" USING btree ("case_file_id");
CREATE TYPE "public"."team_record_kind" AS ENUM('TEAM_MEETING', 'INDIVIDUAL_INTERVIEW', 'CORRECTIVE_INTERVIEW', 'HOME_CONTROL', 'TRAINING');--> statement-breakpoint
CREATE TABLE "team_record_helpers" (
	"record_id" uuid NOT NULL,
	"helper_id" uuid NOT NULL,
	CONSTRAINT "team_record_helpers_record_id_helper_id_pk" PRIMARY KEY("record_id","helper_id")
);
--> statement-breakpoint
CREATE TABLE "team_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "team_record_kind" NOT NULL,
	"day" date NOT NULL,
	"sector_id" uuid NOT NULL,
	"case_file_id" uuid,
	"title" text NOT NULL,
	"notes" text NOT NULL,
	"by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_record_helpers" ADD CONSTRAINT "team_record_helpers_record_id_team_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."team_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_record_helpers" ADD CONSTRAINT "team_record_helpers_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_records" ADD CONSTRAINT "team_records_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_records" ADD CONSTRAINT "team_records_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_records" ADD CONSTRAINT "team_records_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_record_helpers_helper_idx" ON "team_record_helpers" USING btree ("helper_id");--> statement-breakpoint
CREATE INDEX "team_records_sector_day_idx" ON "team_records" USING btree ("sector_id","day");
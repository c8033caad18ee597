CREATE TYPE "public"."conflict_severity" AS ENUM('HIGH', 'MEDIUM', 'LOW');--> statement-breakpoint
CREATE TYPE "public"."help_kind" AS ENUM('FAMILY_CARE', 'HOUSEHOLD');--> statement-breakpoint
CREATE TYPE "public"."leave_kind" AS ENUM('LEAVE', 'TIME_OFF_IN_LIEU');--> statement-breakpoint
CREATE TYPE "public"."leave_status" AS ENUM('REQUESTED', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."schedule_change_kind" AS ENUM('CANCEL', 'MOVE', 'REASSIGN', 'SHORTEN');--> statement-breakpoint
CREATE TYPE "public"."schedule_change_reason" AS ENUM('HELPER_ILL', 'HELPER_UNAVAILABLE', 'BENEFICIARY_IN_HOSPITAL', 'BENEFICIARY_ABSENT', 'BENEFICIARY_REQUEST', 'PLAN_CHANGED', 'EMERGENCY', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."schedule_entry_status" AS ENUM('PLANNED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "leave_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"helper_id" uuid NOT NULL,
	"kind" "leave_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"note" text,
	"status" "leave_status" DEFAULT 'REQUESTED' NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"absence_id" uuid,
	CONSTRAINT "leave_span" CHECK ("leave_requests"."ends_at" > "leave_requests"."starts_at"),
	CONSTRAINT "leave_hours" CHECK ("leave_requests"."hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "schedule_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" "schedule_change_kind" NOT NULL,
	"reason" "schedule_change_reason" NOT NULL,
	"note" text,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule" text NOT NULL,
	"severity" "conflict_severity" NOT NULL,
	"hard" boolean NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"sector_id" uuid,
	"helper_id" uuid,
	"case_file_id" uuid,
	"entry_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"day" date NOT NULL,
	"explanation" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_id" uuid,
	"acknowledgement_note" text
);
--> statement-breakpoint
CREATE TABLE "schedule_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"helper_id" uuid NOT NULL,
	"case_file_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"kind" "help_kind" NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "schedule_entry_status" DEFAULT 'PLANNED' NOT NULL,
	"pattern_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_entry_span" CHECK ("schedule_entries"."ends_at" > "schedule_entries"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "schedule_patterns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"helper_id" uuid NOT NULL,
	"case_file_id" uuid NOT NULL,
	"kind" "help_kind" NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rrule" text NOT NULL,
	"starts_on" date NOT NULL,
	"until" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"except_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_requested_by_id_staff_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_decided_by_id_staff_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leave_requests" ADD CONSTRAINT "leave_requests_absence_id_absences_id_fk" FOREIGN KEY ("absence_id") REFERENCES "public"."absences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_entry_id_schedule_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."schedule_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_conflicts" ADD CONSTRAINT "schedule_conflicts_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_conflicts" ADD CONSTRAINT "schedule_conflicts_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_conflicts" ADD CONSTRAINT "schedule_conflicts_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_conflicts" ADD CONSTRAINT "schedule_conflicts_acknowledged_by_id_staff_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_pattern_id_schedule_patterns_id_fk" FOREIGN KEY ("pattern_id") REFERENCES "public"."schedule_patterns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_entries" ADD CONSTRAINT "schedule_entries_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_patterns" ADD CONSTRAINT "schedule_patterns_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_patterns" ADD CONSTRAINT "schedule_patterns_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_patterns" ADD CONSTRAINT "schedule_patterns_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leave_requests_helper_start_idx" ON "leave_requests" USING btree ("helper_id","starts_at");--> statement-breakpoint
CREATE INDEX "schedule_changes_sector_day_idx" ON "schedule_changes" USING btree ("sector_id","day","at");--> statement-breakpoint
CREATE INDEX "schedule_changes_entry_idx" ON "schedule_changes" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_conflicts_open_key_idx" ON "schedule_conflicts" USING btree ("key") WHERE "schedule_conflicts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "schedule_conflicts_open_scope_idx" ON "schedule_conflicts" USING btree ("scope") WHERE "schedule_conflicts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "schedule_conflicts_sector_idx" ON "schedule_conflicts" USING btree ("sector_id","resolved_at");--> statement-breakpoint
CREATE INDEX "schedule_entries_helper_start_idx" ON "schedule_entries" USING btree ("helper_id","starts_at");--> statement-breakpoint
CREATE INDEX "schedule_entries_sector_start_idx" ON "schedule_entries" USING btree ("sector_id","starts_at");--> statement-breakpoint
CREATE INDEX "schedule_entries_case_start_idx" ON "schedule_entries" USING btree ("case_file_id","starts_at");
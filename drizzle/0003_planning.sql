CREATE TYPE "public"."flying_assignment_kind" AS ENUM('SICKNESS_REPLACEMENT', 'ONBOARDING');--> statement-breakpoint
CREATE TYPE "public"."planning_item_status" AS ENUM('PLANNED', 'REMOVED');--> statement-breakpoint
CREATE TYPE "public"."planning_request_kind" AS ENUM('REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT', 'MEETING_SUPPORT');--> statement-breakpoint
CREATE TYPE "public"."planning_status" AS ENUM('DRAFT', 'FIXED');--> statement-breakpoint
CREATE TYPE "public"."preparation_step_kind" AS ENUM('VISIT_LETTER', 'INCOME_PROOF_REQUEST', 'PROPERTY_ADMINISTRATOR_CONTACT');--> statement-breakpoint
CREATE TABLE "flying_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "flying_assignment_kind" NOT NULL,
	"flying_worker_id" uuid NOT NULL,
	"social_worker_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approved_by_id" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"ended_early_at" timestamp with time zone,
	CONSTRAINT "flying_assignment_span" CHECK ("flying_assignments"."ends_at" > "flying_assignments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "planning_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" bigserial NOT NULL,
	"planning_id" uuid NOT NULL,
	"item_id" uuid,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"after_fixing" boolean NOT NULL,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "planning_changes_position_unique" UNIQUE("position")
);
--> statement-breakpoint
CREATE TABLE "planning_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"planning_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "planning_item_status" DEFAULT 'PLANNED' NOT NULL,
	"visit_id" uuid,
	CONSTRAINT "planning_item_span" CHECK ("planning_items"."ends_at" > "planning_items"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "planning_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"kind" "planning_request_kind" NOT NULL,
	"sector_id" uuid NOT NULL,
	"case_file_id" uuid,
	"helper_id" uuid,
	"meeting_at" timestamp with time zone,
	"note" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "planning_request_month" CHECK ("planning_requests"."month" ~ '^[0-9]{4}-[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "plannings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"flying_worker_id" uuid NOT NULL,
	"status" "planning_status" DEFAULT 'DRAFT' NOT NULL,
	"unplaced" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"generated_by_id" uuid NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"fixed_by_id" uuid,
	"fixed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "preparation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"kind" "preparation_step_kind" NOT NULL,
	"done_by_id" uuid NOT NULL,
	"done_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "flying_assignments" ADD CONSTRAINT "flying_assignments_flying_worker_id_staff_id_fk" FOREIGN KEY ("flying_worker_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flying_assignments" ADD CONSTRAINT "flying_assignments_social_worker_id_staff_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flying_assignments" ADD CONSTRAINT "flying_assignments_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flying_assignments" ADD CONSTRAINT "flying_assignments_approved_by_id_staff_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_changes" ADD CONSTRAINT "planning_changes_planning_id_plannings_id_fk" FOREIGN KEY ("planning_id") REFERENCES "public"."plannings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_changes" ADD CONSTRAINT "planning_changes_item_id_planning_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."planning_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_changes" ADD CONSTRAINT "planning_changes_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_items" ADD CONSTRAINT "planning_items_planning_id_plannings_id_fk" FOREIGN KEY ("planning_id") REFERENCES "public"."plannings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_items" ADD CONSTRAINT "planning_items_request_id_planning_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."planning_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_items" ADD CONSTRAINT "planning_items_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_requests" ADD CONSTRAINT "planning_requests_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_requests" ADD CONSTRAINT "planning_requests_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_requests" ADD CONSTRAINT "planning_requests_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_requests" ADD CONSTRAINT "planning_requests_requested_by_id_staff_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plannings" ADD CONSTRAINT "plannings_flying_worker_id_staff_id_fk" FOREIGN KEY ("flying_worker_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plannings" ADD CONSTRAINT "plannings_generated_by_id_staff_id_fk" FOREIGN KEY ("generated_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plannings" ADD CONSTRAINT "plannings_fixed_by_id_staff_id_fk" FOREIGN KEY ("fixed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_steps" ADD CONSTRAINT "preparation_steps_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_steps" ADD CONSTRAINT "preparation_steps_done_by_id_staff_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flying_assignments_worker_idx" ON "flying_assignments" USING btree ("flying_worker_id","starts_at");--> statement-breakpoint
CREATE INDEX "planning_changes_planning_idx" ON "planning_changes" USING btree ("planning_id","at");--> statement-breakpoint
CREATE INDEX "planning_items_planning_idx" ON "planning_items" USING btree ("planning_id","starts_at");--> statement-breakpoint
CREATE INDEX "planning_requests_month_idx" ON "planning_requests" USING btree ("month","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "plannings_month_worker_idx" ON "plannings" USING btree ("month","flying_worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "preparation_steps_visit_kind_idx" ON "preparation_steps" USING btree ("visit_id","kind");
CREATE TYPE "public"."aid_decision_kind" AS ENUM('CONTINUE', 'SUSPEND', 'STOP');--> statement-breakpoint
CREATE TYPE "public"."aid_decision_status" AS ENUM('PROPOSED', 'DECIDED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."aid_plan_status" AS ENUM('DRAFT', 'PROPOSED', 'AGREED');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('NEW_REQUEST', 'ASSESSMENT', 'ACTIVE', 'SUSPENDED', 'CLOSED', 'REDIRECTED');--> statement-breakpoint
CREATE TYPE "public"."file_check_outcome" AS ENUM('COMPLIANT', 'FOLLOW_UP_NEEDED');--> statement-breakpoint
CREATE TYPE "public"."marital_status" AS ENUM('SINGLE', 'MARRIED', 'LEGAL_COHABITATION', 'DE_FACTO_COHABITATION', 'SEPARATED', 'DIVORCED', 'WIDOWED');--> statement-breakpoint
CREATE TYPE "public"."visit_kind" AS ENUM('NEW_REQUEST', 'REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT');--> statement-breakpoint
CREATE TYPE "public"."visit_status" AS ENUM('PLANNED', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "aid_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"decision" "aid_decision_kind" NOT NULL,
	"status" "aid_decision_status" NOT NULL,
	"proposed_by_id" uuid,
	"proposed_at" timestamp with time zone,
	"proposal_reason" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "aid_decision_not_self_approved" CHECK ("aid_decisions"."proposed_by_id" is null or "aid_decisions"."decided_by_id" is null or "aid_decisions"."proposed_by_id" <> "aid_decisions"."decided_by_id")
);
--> statement-breakpoint
CREATE TABLE "aid_plan_action_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"action_index" integer NOT NULL,
	"status" text NOT NULL,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid_plan_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"evaluated_on" date NOT NULL,
	"next_evaluation_on" date NOT NULL,
	"notes" text,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "aid_plan_status" DEFAULT 'DRAFT' NOT NULL,
	"copied_from_id" uuid,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"family_helper_hours" numeric(5, 2) DEFAULT '0' NOT NULL,
	"home_helper_hours" numeric(5, 2) DEFAULT '0' NOT NULL,
	"last_evaluated_on" date,
	"next_evaluation_on" date,
	"agreed_by_name" text,
	"agreed_how" text,
	"agreed_at" timestamp with time zone,
	"recorded_agreement_by_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_plan_hours" CHECK ("aid_plan_versions"."family_helper_hours" >= 0 and "aid_plan_versions"."home_helper_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" bigserial NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"case_file_id" uuid,
	"field" text,
	"entity_version" integer,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_entries_position_unique" UNIQUE("position")
);
--> statement-breakpoint
CREATE TABLE "beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"street" text,
	"postal_code" text,
	"city" text,
	"latitude" double precision,
	"longitude" double precision,
	"marital_status" "marital_status",
	"national_register_number" text,
	"family_allowance_number" text,
	"household_members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"informal_caregivers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outside_professionals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"property_administrator" jsonb,
	"access_notes" text,
	"safety_notes" text,
	"health_notes" text,
	"monthly_income" numeric(10, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"social_worker_id" uuid NOT NULL,
	"reason_for_contact" text NOT NULL,
	"status" "case_status" DEFAULT 'NEW_REQUEST' NOT NULL,
	"redirected_to" text,
	"urgent_since" timestamp with time zone,
	"urgent_action_taken" text,
	"urgent_action_at" timestamp with time zone,
	"urgent_action_by_id" uuid,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"from_status" "case_status" NOT NULL,
	"to_status" "case_status" NOT NULL,
	"reason" text NOT NULL,
	"case_version" integer NOT NULL,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"case_file_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"encoding_ok" boolean,
	"financial_participation_ok" boolean,
	"social_aspects_ok" boolean,
	"outcome" "file_check_outcome",
	"findings" text,
	"checked_by_id" uuid,
	"checked_at" timestamp with time zone,
	CONSTRAINT "file_checks_visit_id_unique" UNIQUE("visit_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"kind" "visit_kind" NOT NULL,
	"status" "visit_status" DEFAULT 'PLANNED' NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"visitor_id" uuid NOT NULL,
	"report" text,
	"done_at" timestamp with time zone,
	"cancelled_reason" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aid_decisions" ADD CONSTRAINT "aid_decisions_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_decisions" ADD CONSTRAINT "aid_decisions_proposed_by_id_staff_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_decisions" ADD CONSTRAINT "aid_decisions_decided_by_id_staff_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_action_statuses" ADD CONSTRAINT "aid_plan_action_statuses_version_id_aid_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."aid_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_action_statuses" ADD CONSTRAINT "aid_plan_action_statuses_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_evaluations" ADD CONSTRAINT "aid_plan_evaluations_version_id_aid_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."aid_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_evaluations" ADD CONSTRAINT "aid_plan_evaluations_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_versions" ADD CONSTRAINT "aid_plan_versions_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_versions" ADD CONSTRAINT "aid_plan_versions_recorded_agreement_by_id_staff_id_fk" FOREIGN KEY ("recorded_agreement_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_plan_versions" ADD CONSTRAINT "aid_plan_versions_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_social_worker_id_staff_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_urgent_action_by_id_staff_id_fk" FOREIGN KEY ("urgent_action_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transitions" ADD CONSTRAINT "case_transitions_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transitions" ADD CONSTRAINT "case_transitions_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_checks" ADD CONSTRAINT "file_checks_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_checks" ADD CONSTRAINT "file_checks_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_checks" ADD CONSTRAINT "file_checks_checked_by_id_staff_id_fk" FOREIGN KEY ("checked_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_visitor_id_staff_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aid_decisions_case_idx" ON "aid_decisions" USING btree ("case_file_id");--> statement-breakpoint
CREATE INDEX "aid_plan_action_statuses_version_idx" ON "aid_plan_action_statuses" USING btree ("version_id","action_index","at");--> statement-breakpoint
CREATE INDEX "aid_plan_evaluations_version_idx" ON "aid_plan_evaluations" USING btree ("version_id","evaluated_on");--> statement-breakpoint
CREATE UNIQUE INDEX "aid_plan_versions_case_number_idx" ON "aid_plan_versions" USING btree ("case_file_id","number");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id","entity_version");--> statement-breakpoint
CREATE UNIQUE INDEX "beneficiaries_nrn_idx" ON "beneficiaries" USING btree ("national_register_number");--> statement-breakpoint
CREATE INDEX "beneficiaries_name_idx" ON "beneficiaries" USING btree ("last_name","first_name");--> statement-breakpoint
CREATE INDEX "case_files_sector_status_idx" ON "case_files" USING btree ("sector_id","status");--> statement-breakpoint
CREATE INDEX "case_files_social_worker_idx" ON "case_files" USING btree ("social_worker_id");--> statement-breakpoint
CREATE INDEX "case_files_beneficiary_idx" ON "case_files" USING btree ("beneficiary_id");--> statement-breakpoint
CREATE INDEX "case_transitions_case_idx" ON "case_transitions" USING btree ("case_file_id","at");--> statement-breakpoint
CREATE INDEX "file_checks_open_idx" ON "file_checks" USING btree ("checked_at","opened_at");--> statement-breakpoint
CREATE INDEX "visits_case_idx" ON "visits" USING btree ("case_file_id","planned_at");--> statement-breakpoint
CREATE INDEX "visits_visitor_idx" ON "visits" USING btree ("visitor_id","planned_at");
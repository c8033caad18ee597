CREATE TYPE "public"."absence_kind" AS ENUM('SICKNESS', 'LEAVE', 'TRAINING', 'TIME_OFF_IN_LIEU', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'FAMILY_HELPER', 'HOME_HELPER', 'TELEPHONIST', 'DIRECTOR', 'SOCIAL_POLE_HEAD', 'TRAINEE');--> statement-breakpoint
CREATE TYPE "public"."session_kind" AS ENUM('STAFF', 'KIOSK');--> statement-breakpoint
CREATE TYPE "public"."alert_severity" AS ENUM('CRITICAL', 'HIGH', 'WARNING');--> statement-breakpoint
CREATE TYPE "public"."replacement_kind" AS ENUM('PLANNED', 'SAME_DAY', 'EMERGENCY');--> statement-breakpoint
CREATE TYPE "public"."shift_kind" AS ENUM('WEEKDAY', 'WEEKEND');--> statement-breakpoint
CREATE TABLE "absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" "absence_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "absence_span" CHECK ("absences"."ends_at" > "absences"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "binomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"first_member_id" uuid NOT NULL,
	"second_member_id" uuid NOT NULL,
	CONSTRAINT "binome_two_people" CHECK ("binomes"."first_member_id" <> "binomes"."second_member_id")
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"calendar_secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sectors_code_unique" UNIQUE("code"),
	CONSTRAINT "sectors_calendar_secret_unique" UNIQUE("calendar_secret")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"role" "staff_role" NOT NULL,
	"fte" numeric(3, 2) DEFAULT '1.00' NOT NULL,
	"sector_id" uuid,
	"password_hash" text,
	"calendar_secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_calendar_secret_unique" UNIQUE("calendar_secret"),
	CONSTRAINT "staff_fte_range" CHECK ("staff"."fte" > 0 and "staff"."fte" <= 1)
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" uuid NOT NULL,
	"helper_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sector_id" uuid NOT NULL,
	"social_worker_id" uuid NOT NULL,
	CONSTRAINT "teams_sector_id_unique" UNIQUE("sector_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "session_kind" NOT NULL,
	"staff_id" uuid,
	"label" text,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"severity" "alert_severity" NOT NULL,
	"cause_key" text NOT NULL,
	"shift_id" uuid,
	"message" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "permanence_replacements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shift_id" uuid NOT NULL,
	"kind" "replacement_kind" NOT NULL,
	"previous_binome_id" uuid,
	"previous_staff_id" uuid,
	"new_binome_id" uuid,
	"new_staff_id" uuid,
	"reason" text,
	"event" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permanence_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "shift_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"holder_binome_id" uuid,
	"holder_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shift_span" CHECK ("permanence_shifts"."ends_at" > "permanence_shifts"."starts_at"),
	CONSTRAINT "shift_one_holder" CHECK ("permanence_shifts"."holder_binome_id" is null or "permanence_shifts"."holder_staff_id" is null)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"topic" text NOT NULL,
	"subject_id" uuid,
	"actor_id" uuid,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "binomes" ADD CONSTRAINT "binomes_first_member_id_staff_id_fk" FOREIGN KEY ("first_member_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "binomes" ADD CONSTRAINT "binomes_second_member_id_staff_id_fk" FOREIGN KEY ("second_member_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_helper_id_staff_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_social_worker_id_staff_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_shift_id_permanence_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."permanence_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_shift_id_permanence_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."permanence_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_previous_binome_id_binomes_id_fk" FOREIGN KEY ("previous_binome_id") REFERENCES "public"."binomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_previous_staff_id_staff_id_fk" FOREIGN KEY ("previous_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_new_binome_id_binomes_id_fk" FOREIGN KEY ("new_binome_id") REFERENCES "public"."binomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_new_staff_id_staff_id_fk" FOREIGN KEY ("new_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "permanence_shifts_holder_binome_id_binomes_id_fk" FOREIGN KEY ("holder_binome_id") REFERENCES "public"."binomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "permanence_shifts_holder_staff_id_staff_id_fk" FOREIGN KEY ("holder_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "absences_staff_span_idx" ON "absences" USING btree ("staff_id","starts_at","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_email_lower_idx" ON "staff" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "staff_sector_role_idx" ON "staff" USING btree ("sector_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_pk" ON "team_members" USING btree ("team_id","helper_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_helper_idx" ON "team_members" USING btree ("helper_id");--> statement-breakpoint
CREATE INDEX "sessions_staff_idx" ON "sessions" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_cause_idx" ON "alerts" USING btree ("cause_key") WHERE "alerts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_open_idx" ON "alerts" USING btree ("resolved_at","severity","starts_at");--> statement-breakpoint
CREATE INDEX "alerts_shift_idx" ON "alerts" USING btree ("shift_id");--> statement-breakpoint
CREATE INDEX "permanence_replacements_shift_idx" ON "permanence_replacements" USING btree ("shift_id","recorded_at");--> statement-breakpoint
CREATE INDEX "permanence_shifts_span_idx" ON "permanence_shifts" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "permanence_shifts_binome_idx" ON "permanence_shifts" USING btree ("holder_binome_id");--> statement-breakpoint
CREATE INDEX "permanence_shifts_staff_idx" ON "permanence_shifts" USING btree ("holder_staff_id");--> statement-breakpoint
CREATE INDEX "events_topic_position_idx" ON "events" USING btree ("topic","position");
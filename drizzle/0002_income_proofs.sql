CREATE TYPE "public"."income_follow_up_reason" AS ENUM('PROOFS_MISSING_AFTER_VISIT', 'PARTICIPATION_NOT_OK');--> statement-breakpoint
CREATE TYPE "public"."income_proof_kind" AS ENUM('PAY_SLIP', 'PENSION', 'SOCIAL_BENEFIT', 'UNEMPLOYMENT_BENEFIT', 'TAX_ASSESSMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."income_proof_status" AS ENUM('RECEIVED', 'MISSING');--> statement-breakpoint
CREATE TABLE "income_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"reason" "income_follow_up_reason" NOT NULL,
	"visit_id" uuid,
	"file_check_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "income_proofs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"kind" "income_proof_kind" NOT NULL,
	"status" "income_proof_status" NOT NULL,
	"monthly_amount" numeric(10, 2),
	"received_on" date,
	"note" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "income_proof_received" CHECK ("income_proofs"."status" = 'MISSING' or ("income_proofs"."received_on" is not null and "income_proofs"."monthly_amount" >= 0))
);
--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "handed_to_id" uuid;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "handed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "handover_acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "income_follow_ups" ADD CONSTRAINT "income_follow_ups_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_follow_ups" ADD CONSTRAINT "income_follow_ups_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_follow_ups" ADD CONSTRAINT "income_follow_ups_file_check_id_file_checks_id_fk" FOREIGN KEY ("file_check_id") REFERENCES "public"."file_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_follow_ups" ADD CONSTRAINT "income_follow_ups_closed_by_id_staff_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_proofs" ADD CONSTRAINT "income_proofs_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_proofs" ADD CONSTRAINT "income_proofs_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "income_follow_ups_open_idx" ON "income_follow_ups" USING btree ("case_file_id") WHERE "income_follow_ups"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "income_follow_ups_list_idx" ON "income_follow_ups" USING btree ("closed_at","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "income_proofs_case_kind_idx" ON "income_proofs" USING btree ("case_file_id","kind");--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_handed_to_id_staff_id_fk" FOREIGN KEY ("handed_to_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visits_handed_to_idx" ON "visits" USING btree ("handed_to_id","handover_acknowledged_at");
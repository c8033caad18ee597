CREATE TYPE "public"."incident_status" AS ENUM('DECLARED', 'SENT_TO_INSURER', 'CLOSED');--> statement-breakpoint
CREATE TABLE "incident_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_document_size" CHECK ("incident_documents"."size_bytes" = octet_length("incident_documents"."content"))
);
--> statement-breakpoint
CREATE TABLE "incident_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"from_status" "incident_status",
	"to_status" "incident_status" NOT NULL,
	"note" text,
	"by_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"incident_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"declared_by_id" uuid NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_zone" text NOT NULL,
	"description" text NOT NULL,
	"involved_staff_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"other_people_involved" text,
	"insurer_reference" text,
	"status" "incident_status" DEFAULT 'DECLARED' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_sent_has_reference" CHECK ("incidents"."status" <> 'SENT_TO_INSURER' or "incidents"."insurer_reference" is not null)
);
--> statement-breakpoint
ALTER TABLE "incident_documents" ADD CONSTRAINT "incident_documents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_documents" ADD CONSTRAINT "incident_documents_uploaded_by_id_staff_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_status_changes" ADD CONSTRAINT "incident_status_changes_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_status_changes" ADD CONSTRAINT "incident_status_changes_by_id_staff_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_declared_by_id_staff_id_fk" FOREIGN KEY ("declared_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incident_documents_file_idx" ON "incident_documents" USING btree ("incident_id","sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_status_changes_version_idx" ON "incident_status_changes" USING btree ("incident_id","incident_version");--> statement-breakpoint
CREATE INDEX "incidents_sector_idx" ON "incidents" USING btree ("sector_id","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_declared_by_idx" ON "incidents" USING btree ("declared_by_id");
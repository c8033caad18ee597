ALTER TYPE "public"."session_kind" ADD VALUE 'REPORTING';--> statement-breakpoint
CREATE TABLE "reporting_token_uses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"what" text NOT NULL,
	"refused" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reporting_token_uses" ADD CONSTRAINT "reporting_token_uses_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reporting_token_uses_session_at_idx" ON "reporting_token_uses" USING btree ("session_id","at");
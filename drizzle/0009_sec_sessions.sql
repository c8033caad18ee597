CREATE TYPE "public"."login_outcome" AS ENUM('PENDING', 'FAILED', 'SUCCEEDED', 'REFUSED');--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account" text NOT NULL,
	"address" text NOT NULL,
	"outcome" "login_outcome" NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sectors" ALTER COLUMN "calendar_secret" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ALTER COLUMN "calendar_secret" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "login_attempts_account_idx" ON "login_attempts" USING btree ("account","at");--> statement-breakpoint
CREATE INDEX "login_attempts_address_idx" ON "login_attempts" USING btree ("address","at");
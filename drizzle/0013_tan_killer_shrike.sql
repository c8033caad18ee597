CREATE TABLE "refused_token_uses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"address" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "refused_token_uses_address_at_idx" ON "refused_token_uses" USING btree ("address","at");
CREATE TABLE "service_closing_days" (
	"day" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"set_by_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_closing_days" ADD CONSTRAINT "service_closing_days_set_by_id_staff_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;
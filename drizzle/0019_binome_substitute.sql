ALTER TABLE "permanence_replacements" ADD COLUMN "previous_substituted_member_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD COLUMN "previous_substitute_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD COLUMN "new_substituted_member_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD COLUMN "new_substitute_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD COLUMN "substituted_member_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD COLUMN "substitute_id" uuid;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_previous_substituted_member_id_staff_id_fk" FOREIGN KEY ("previous_substituted_member_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_previous_substitute_id_staff_id_fk" FOREIGN KEY ("previous_substitute_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_new_substituted_member_id_staff_id_fk" FOREIGN KEY ("new_substituted_member_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_replacements" ADD CONSTRAINT "permanence_replacements_new_substitute_id_staff_id_fk" FOREIGN KEY ("new_substitute_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "permanence_shifts_substituted_member_id_staff_id_fk" FOREIGN KEY ("substituted_member_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "permanence_shifts_substitute_id_staff_id_fk" FOREIGN KEY ("substitute_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "permanence_shifts_substitute_idx" ON "permanence_shifts" USING btree ("substitute_id");--> statement-breakpoint
ALTER TABLE "permanence_shifts" ADD CONSTRAINT "shift_substitution" CHECK (("permanence_shifts"."substituted_member_id" is null) = ("permanence_shifts"."substitute_id" is null) and ("permanence_shifts"."substituted_member_id" is null or "permanence_shifts"."holder_binome_id" is not null));
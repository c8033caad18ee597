ALTER TABLE "planning_changes" ADD COLUMN "position" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_changes" ADD CONSTRAINT "planning_changes_position_unique" UNIQUE("position");
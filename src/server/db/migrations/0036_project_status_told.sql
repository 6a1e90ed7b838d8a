ALTER TABLE "project" ADD COLUMN "status_told" text;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "status_checked_on" date;
CREATE TABLE "honour_roll" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"title" text NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"unpublished_at" timestamp with time zone,
	"created_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "honour_roll_entry" (
	"roll_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"name" text NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "honour_roll_entry_roll_id_rank_pk" PRIMARY KEY("roll_id","rank")
);
--> statement-breakpoint
ALTER TABLE "honour_roll" ADD CONSTRAINT "honour_roll_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_roll" ADD CONSTRAINT "honour_roll_created_by_id_account_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honour_roll_entry" ADD CONSTRAINT "honour_roll_entry_roll_id_honour_roll_id_fk" FOREIGN KEY ("roll_id") REFERENCES "public"."honour_roll"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "honour_roll_place_path_gist" ON "honour_roll" USING gist ("place_path");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "honour_roll" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "honour_roll" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "honour_roll_entry" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "honour_roll_entry" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY honour_roll_system ON "honour_roll" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY honour_roll_entry_system ON "honour_roll_entry" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "honour_roll", "honour_roll_entry" FROM lianxin_app;--> statement-breakpoint
-- The office of the place publishes and reads its rolls; a published roll is never edited, only taken down
-- (unpublished_at), and its path follows a reorganised place tree (places/repo.ts rewriteSubtree).
GRANT SELECT, INSERT ON "honour_roll" TO lianxin_staff;--> statement-breakpoint
GRANT UPDATE (unpublished_at, place_path) ON "honour_roll" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY honour_roll_staff ON "honour_roll" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
GRANT SELECT, INSERT ON "honour_roll_entry" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY honour_roll_entry_staff ON "honour_roll_entry" FOR ALL TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM honour_roll r WHERE r.id = honour_roll_entry.roll_id))
  WITH CHECK (EXISTS (SELECT 1 FROM honour_roll r WHERE r.id = honour_roll_entry.roll_id));--> statement-breakpoint
-- Anyone reads what is published and not taken down (names already masked in the entries).
GRANT SELECT ON "honour_roll", "honour_roll_entry" TO lianxin_public;--> statement-breakpoint
CREATE POLICY honour_roll_public ON "honour_roll" FOR SELECT TO lianxin_public
  USING (unpublished_at IS NULL);--> statement-breakpoint
CREATE POLICY honour_roll_entry_public ON "honour_roll_entry" FOR SELECT TO lianxin_public
  USING (EXISTS (SELECT 1 FROM honour_roll r WHERE r.id = honour_roll_entry.roll_id));

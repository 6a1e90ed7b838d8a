CREATE TABLE "bulletin" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"place_name" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"as_of" date NOT NULL,
	"figures" jsonb NOT NULL,
	"generated_by" uuid,
	"generated_by_name" text,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulletin_place_period_uq" UNIQUE("district_id","place_id","period")
);
--> statement-breakpoint
CREATE TABLE "project_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"project_name" text NOT NULL,
	"lead_unit_name" text NOT NULL,
	"week" text NOT NULL,
	"urged_on" date NOT NULL,
	"last_reported_on" date,
	"recipients" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_reminder_week_uq" UNIQUE("district_id","project_id","week")
);
--> statement-breakpoint
ALTER TABLE "bulletin" ADD CONSTRAINT "bulletin_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin" ADD CONSTRAINT "bulletin_generated_by_account_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reminder" ADD CONSTRAINT "project_reminder_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulletin_place_path_gist" ON "bulletin" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "bulletin_district_as_of_idx" ON "bulletin" USING btree ("district_id","as_of");--> statement-breakpoint
CREATE INDEX "project_reminder_place_path_gist" ON "project_reminder" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "project_reminder_urged_on_idx" ON "project_reminder" USING btree ("district_id","urged_on");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the sweeps, the demo seed) sees every row.
ALTER TABLE "bulletin" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "bulletin" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_reminder" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_reminder" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY bulletin_system ON "bulletin" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_reminder_system ON "project_reminder" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "bulletin", "project_reminder" FROM lianxin_app;--> statement-breakpoint
-- A bulletin is read and written in its place's subtree only: a street never sees a sibling's, nor the
-- district's. Its figures are written once, never changed.
GRANT SELECT, INSERT ON "bulletin" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY bulletin_read ON "bulletin" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY bulletin_insert ON "bulletin" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Urges are written by the weekly sweep alone; staff read those of their subtree.
GRANT SELECT ON "project_reminder" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_reminder_read ON "project_reminder" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
-- A place move (places/repo.ts rewriteSubtree) rewrites every place_path column within the mover's subtree.
GRANT UPDATE (place_path) ON "bulletin", "project_reminder" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY bulletin_move ON "bulletin" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_reminder_move ON "project_reminder" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));

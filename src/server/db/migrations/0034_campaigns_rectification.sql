CREATE TABLE "campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_code" text NOT NULL,
	"unit_label" text NOT NULL,
	"target" integer NOT NULL,
	"baseline" integer DEFAULT 0 NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"lead_unit" text,
	"is_published" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_tally" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"day" date NOT NULL,
	"count" integer NOT NULL,
	"note" text,
	"entered_by" uuid,
	"entered_by_name" text,
	"corrections" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_tally_day_uq" UNIQUE("campaign_id","place_id","day")
);
--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tally" ADD CONSTRAINT "campaign_tally_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tally" ADD CONSTRAINT "campaign_tally_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tally" ADD CONSTRAINT "campaign_tally_entered_by_account_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_place_path_gist" ON "campaign" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "campaign_district_idx" ON "campaign" USING btree ("district_id","starts_on");--> statement-breakpoint
CREATE INDEX "campaign_tally_place_path_gist" ON "campaign_tally" USING gist ("place_path");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "campaign" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "campaign" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "campaign_tally" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "campaign_tally" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY campaign_system ON "campaign" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY campaign_tally_system ON "campaign_tally" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "campaign", "campaign_tally" FROM lianxin_app;--> statement-breakpoint
-- A drive is read in its subtree and by the field staff below it (a town's vaccination drive is tallied by its
-- communities); it is run by the office of its place or above.
GRANT SELECT, INSERT, UPDATE, DELETE ON "campaign" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY campaign_read ON "campaign" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY campaign_insert ON "campaign" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY campaign_update ON "campaign" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY campaign_delete ON "campaign" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Tallies: a caller reads and writes those of its own subtree only, so a community's figures of a town's drive
-- are its own part, never a sibling's.
GRANT SELECT, INSERT, UPDATE ON "campaign_tally" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY campaign_tally_read ON "campaign_tally" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY campaign_tally_insert ON "campaign_tally" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY campaign_tally_update ON "campaign_tally" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
CREATE TABLE "rectification_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"period" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"seq" integer NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"horizon" text NOT NULL,
	"deadline" date,
	"state" text NOT NULL,
	"evidence" text,
	"photo_key" text,
	"photo_mime" text,
	"done_on" date,
	"done_by" uuid,
	"checked_at" timestamp with time zone,
	"checked_by" uuid,
	"check_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_problem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"seq" integer NOT NULL,
	"source" text NOT NULL,
	"description" text NOT NULL,
	"owner_unit" text NOT NULL,
	"state" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rectification_list" ADD CONSTRAINT "rectification_list_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_list" ADD CONSTRAINT "rectification_list_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_measure" ADD CONSTRAINT "rectification_measure_list_id_rectification_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."rectification_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_measure" ADD CONSTRAINT "rectification_measure_problem_id_rectification_problem_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."rectification_problem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_measure" ADD CONSTRAINT "rectification_measure_done_by_account_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_measure" ADD CONSTRAINT "rectification_measure_checked_by_account_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_problem" ADD CONSTRAINT "rectification_problem_list_id_rectification_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."rectification_list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_problem" ADD CONSTRAINT "rectification_problem_closed_by_account_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rectification_list_place_path_gist" ON "rectification_list" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "rectification_measure_problem_idx" ON "rectification_measure" USING btree ("problem_id","seq");--> statement-breakpoint
CREATE INDEX "rectification_measure_list_idx" ON "rectification_measure" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "rectification_measure_place_path_gist" ON "rectification_measure" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "rectification_problem_list_idx" ON "rectification_problem" USING btree ("list_id","seq");--> statement-breakpoint
CREATE INDEX "rectification_problem_place_path_gist" ON "rectification_problem" USING gist ("place_path");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row. A list, its problems and
-- its measures are read and written in the subtree of the list's place only.
ALTER TABLE "rectification_list" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rectification_list" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rectification_problem" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rectification_problem" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rectification_measure" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rectification_measure" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY rectification_list_system ON "rectification_list" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY rectification_problem_system ON "rectification_problem" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY rectification_measure_system ON "rectification_measure" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "rectification_list", "rectification_problem", "rectification_measure" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "rectification_list", "rectification_problem", "rectification_measure" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY rectification_list_staff ON "rectification_list" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY rectification_problem_staff ON "rectification_problem" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY rectification_measure_staff ON "rectification_measure" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));

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

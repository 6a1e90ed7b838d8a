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

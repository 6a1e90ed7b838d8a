CREATE TABLE "project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"parent_id" uuid,
	"weight" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"category" text NOT NULL,
	"groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"co_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_name" text,
	"owner_phone_enc" text,
	"budget" bigint,
	"spent" bigint,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"target" text,
	"benefit" text,
	"internal_note" text,
	"is_published" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"done_on" date,
	"done_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_follower" (
	"project_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_follower_project_id_account_id_pk" PRIMARY KEY("project_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "project_milestone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"planned_date" date NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"done_on" date,
	"evidence" text,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"taken_on" date NOT NULL,
	"storage_key" text NOT NULL,
	"public_key" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"reported_on" date NOT NULL,
	"progress" real NOT NULL,
	"milestone_share" real NOT NULL,
	"note" text NOT NULL,
	"spent" bigint,
	"milestones_done" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_ticket" (
	"project_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"linked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_ticket_project_id_ticket_id_pk" PRIMARY KEY("project_id","ticket_id"),
	CONSTRAINT "project_ticket_ticket_uq" UNIQUE("district_id","ticket_id")
);
--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_lead_unit_id_unit_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_follower" ADD CONSTRAINT "project_follower_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_follower" ADD CONSTRAINT "project_follower_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestone" ADD CONSTRAINT "project_milestone_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photo" ADD CONSTRAINT "project_photo_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photo" ADD CONSTRAINT "project_photo_added_by_account_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_reported_by_account_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_ticket" ADD CONSTRAINT "project_ticket_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_ticket" ADD CONSTRAINT "project_ticket_linked_by_account_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_ticket" ADD CONSTRAINT "project_ticket_ticket_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_place_path_gist" ON "project" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "project_parent_idx" ON "project" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "project_lead_unit_idx" ON "project" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "project_name_idx" ON "project" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "project_follower_account_idx" ON "project_follower" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "project_milestone_project_idx" ON "project_milestone" USING btree ("project_id","planned_date");--> statement-breakpoint
CREATE INDEX "project_milestone_place_path_gist" ON "project_milestone" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "project_photo_project_idx" ON "project_photo" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_photo_place_path_gist" ON "project_photo" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "project_report_project_idx" ON "project_report" USING btree ("project_id","reported_on","created_at");--> statement-breakpoint
CREATE INDEX "project_report_place_path_gist" ON "project_report" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "project_ticket_place_path_gist" ON "project_ticket" USING gist ("place_path");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed, sweeps) sees every row.
ALTER TABLE "project" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_milestone" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_milestone" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_report" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_report" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_photo" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_photo" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_follower" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_follower" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_ticket" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_ticket" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY project_system ON "project" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_milestone_system ON "project_milestone" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_report_system ON "project_report" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_photo_system ON "project_photo" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_follower_system ON "project_follower" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_ticket_system ON "project_ticket" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "project", "project_milestone", "project_report", "project_photo", "project_follower", "project_ticket" FROM lianxin_app;--> statement-breakpoint
-- Projects: the offices of the subtree, and the lead unit's staff wherever they sit (they report on it).
GRANT SELECT, INSERT, UPDATE ON "project" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_read ON "project" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR lead_unit_id = ANY ((SELECT lianxin_units())::uuid[]));--> statement-breakpoint
CREATE POLICY project_insert ON "project" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_update ON "project" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR lead_unit_id = ANY ((SELECT lianxin_units())::uuid[]))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR lead_unit_id = ANY ((SELECT lianxin_units())::uuid[]));--> statement-breakpoint
-- Residents (to follow) and the public see published projects, and never the owner, the owner's phone or the
-- offices' internal note: those columns are not granted at all.
GRANT SELECT ("id", "district_id", "place_id", "place_path", "parent_id", "weight", "name", "level", "category", "groups",
  "lead_unit_id", "budget", "start_date", "end_date", "target", "benefit", "is_published", "done_at", "done_on")
  ON "project" TO lianxin_resident, lianxin_public;--> statement-breakpoint
CREATE POLICY project_resident ON "project" FOR SELECT TO lianxin_resident USING (is_published);--> statement-breakpoint
CREATE POLICY project_public ON "project" FOR SELECT TO lianxin_public USING (is_published);--> statement-breakpoint
-- Milestones, reports and photos are read with the project they belong to (the subquery runs under the caller's
-- own policies on project); the offices plan milestones, the lead unit marks them done with a report.
GRANT SELECT, INSERT, UPDATE, DELETE ON "project_milestone" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT ON "project_milestone" TO lianxin_resident, lianxin_public;--> statement-breakpoint
CREATE POLICY project_milestone_read ON "project_milestone" FOR SELECT TO lianxin_staff, lianxin_resident, lianxin_public
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_milestone_insert ON "project_milestone" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_milestone_update ON "project_milestone" FOR UPDATE TO lianxin_staff
  USING (project_id IN (SELECT id FROM project)) WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_milestone_delete ON "project_milestone" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Reports are append-only: inserted by whoever may read the project (the service checks lead unit or office).
GRANT SELECT, INSERT ON "project_report" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT ON "project_report" TO lianxin_resident, lianxin_public;--> statement-breakpoint
CREATE POLICY project_report_read ON "project_report" FOR SELECT TO lianxin_staff, lianxin_resident, lianxin_public
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_report_insert ON "project_report" FOR INSERT TO lianxin_staff
  WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON "project_photo" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT ON "project_photo" TO lianxin_resident, lianxin_public;--> statement-breakpoint
CREATE POLICY project_photo_read ON "project_photo" FOR SELECT TO lianxin_staff, lianxin_resident, lianxin_public
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_photo_insert ON "project_photo" FOR INSERT TO lianxin_staff
  WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_photo_delete ON "project_photo" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Following: one's own rows only; the offices read who follows their projects (to tell them).
GRANT SELECT, INSERT, DELETE ON "project_follower" TO lianxin_staff, lianxin_resident;--> statement-breakpoint
CREATE POLICY project_follower_own ON "project_follower" FOR ALL TO lianxin_staff, lianxin_resident
  USING (account_id = (SELECT lianxin_account())) WITH CHECK (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY project_follower_office ON "project_follower" FOR SELECT TO lianxin_staff
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
-- Linked tickets: the offices of the subtree link them; whoever reads the project sees the links.
GRANT SELECT, INSERT, DELETE ON "project_ticket" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_ticket_read ON "project_ticket" FOR SELECT TO lianxin_staff
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_ticket_write ON "project_ticket" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_ticket_delete ON "project_ticket" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A place move (places/repo.ts rewriteSubtree) rewrites every place_path column within the mover's subtree.
GRANT UPDATE (place_path) ON "project_report", "project_photo", "project_ticket" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_report_move ON "project_report" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_photo_move ON "project_photo" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_ticket_move ON "project_ticket" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
-- The public pages name each published project's lead unit: its name and kind, nothing else of any unit.
GRANT SELECT ("id", "name", "kind") ON "unit" TO lianxin_public;--> statement-breakpoint
CREATE POLICY unit_public_lead ON "unit" FOR SELECT TO lianxin_public
  USING (id IN (SELECT lead_unit_id FROM project));

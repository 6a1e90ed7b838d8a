CREATE TABLE "evaluation_rubric" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"hide_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_score" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"scorer_id" uuid NOT NULL,
	"scorer_name" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"total" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_score_scorer_uq" UNIQUE("project_id","period","scorer_id")
);
--> statement-breakpoint
CREATE TABLE "project_statement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"done" text NOT NULL,
	"problems" text NOT NULL,
	"next_steps" text NOT NULL,
	"filed_by" uuid,
	"filed_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_statement_period_uq" UNIQUE("project_id","period")
);
--> statement-breakpoint
CREATE TABLE "project_urge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"message" text NOT NULL,
	"answer_by" date NOT NULL,
	"urged_by" uuid,
	"urged_by_name" text NOT NULL,
	"urged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_by_name" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_vote" (
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"account_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_vote_project_id_period_account_id_pk" PRIMARY KEY("project_id","period","account_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_rubric" ADD CONSTRAINT "evaluation_rubric_updated_by_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_comment" ADD CONSTRAINT "project_comment_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_comment" ADD CONSTRAINT "project_comment_author_id_account_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_comment" ADD CONSTRAINT "project_comment_moderated_by_account_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_score" ADD CONSTRAINT "project_score_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_score" ADD CONSTRAINT "project_score_scorer_id_account_id_fk" FOREIGN KEY ("scorer_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_statement" ADD CONSTRAINT "project_statement_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_statement" ADD CONSTRAINT "project_statement_filed_by_account_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_urge" ADD CONSTRAINT "project_urge_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_urge" ADD CONSTRAINT "project_urge_urged_by_account_id_fk" FOREIGN KEY ("urged_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_urge" ADD CONSTRAINT "project_urge_answered_by_account_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_vote" ADD CONSTRAINT "project_vote_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_vote" ADD CONSTRAINT "project_vote_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_comment_project_idx" ON "project_comment" USING btree ("project_id","state","created_at");--> statement-breakpoint
CREATE INDEX "project_urge_project_idx" ON "project_urge" USING btree ("project_id","urged_at");--> statement-breakpoint
CREATE INDEX "project_urge_open_idx" ON "project_urge" USING btree ("district_id","answer_by");--> statement-breakpoint
ALTER TABLE "evaluation_rubric" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "evaluation_rubric" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_statement" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_statement" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_comment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_comment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_vote" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_vote" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_score" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_score" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_urge" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_urge" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY evaluation_rubric_system ON "evaluation_rubric" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_statement_system ON "project_statement" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_comment_system ON "project_comment" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_vote_system ON "project_vote" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_score_system ON "project_score" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY project_urge_system ON "project_urge" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "evaluation_rubric", "project_statement", "project_comment", "project_vote", "project_score", "project_urge" FROM lianxin_app;--> statement-breakpoint
-- The rubric is no secret to any desk; only the offices of a district change its own (the caller's scope lies in it).
GRANT SELECT, INSERT, UPDATE ON "evaluation_rubric" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY evaluation_rubric_read ON "evaluation_rubric" FOR SELECT TO lianxin_staff USING (true);--> statement-breakpoint
CREATE POLICY evaluation_rubric_write ON "evaluation_rubric" FOR ALL TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM place p WHERE p.id = district_id AND (SELECT lianxin_scope()) <@ p.path AND p.path <> ''::ltree)
    AND (lianxin_has_role('community_staff') OR lianxin_has_role('street_admin')))
  WITH CHECK (EXISTS (SELECT 1 FROM place p WHERE p.id = district_id AND (SELECT lianxin_scope()) <@ p.path AND p.path <> ''::ltree)
    AND (lianxin_has_role('community_staff') OR lianxin_has_role('street_admin')));--> statement-breakpoint
-- Statements, score sheets and urges are read and written with the project they belong to: the subquery runs
-- under the caller's own policies on project (its subtree, or projects its unit leads). The service checks who.
GRANT SELECT, INSERT, UPDATE ON "project_statement", "project_score", "project_urge" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_statement_staff ON "project_statement" FOR ALL TO lianxin_staff
  USING (project_id IN (SELECT id FROM project)) WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_score_staff ON "project_score" FOR ALL TO lianxin_staff
  USING (project_id IN (SELECT id FROM project)) WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_urge_staff ON "project_urge" FOR ALL TO lianxin_staff
  USING (project_id IN (SELECT id FROM project)) WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
-- Comments: the desks that read the project read and moderate them; anyone signed in writes their own on a
-- project they see (residents: published ones) and reads their own; the public reads approved ones only, and
-- never who wrote them beyond the masked name.
GRANT SELECT, INSERT, UPDATE ON "project_comment" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT, INSERT ON "project_comment" TO lianxin_resident;--> statement-breakpoint
GRANT SELECT ("id", "district_id", "project_id", "period", "body", "author_name", "state", "created_at")
  ON "project_comment" TO lianxin_public;--> statement-breakpoint
CREATE POLICY project_comment_staff ON "project_comment" FOR ALL TO lianxin_staff
  USING (project_id IN (SELECT id FROM project))
  WITH CHECK (project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_comment_resident_read ON "project_comment" FOR SELECT TO lianxin_resident
  USING (author_id = (SELECT lianxin_account()) OR (state = 'approved' AND project_id IN (SELECT id FROM project)));--> statement-breakpoint
CREATE POLICY project_comment_resident_write ON "project_comment" FOR INSERT TO lianxin_resident
  WITH CHECK (author_id = (SELECT lianxin_account()) AND state = 'pending' AND project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_comment_public ON "project_comment" FOR SELECT TO lianxin_public
  USING (state = 'approved' AND project_id IN (SELECT id FROM project));--> statement-breakpoint
-- Votes: one's own rows; the desks that read the project count them.
GRANT SELECT, INSERT ON "project_vote" TO lianxin_staff, lianxin_resident;--> statement-breakpoint
CREATE POLICY project_vote_own ON "project_vote" FOR ALL TO lianxin_staff, lianxin_resident
  USING (account_id = (SELECT lianxin_account()))
  WITH CHECK (account_id = (SELECT lianxin_account()) AND project_id IN (SELECT id FROM project));--> statement-breakpoint
CREATE POLICY project_vote_desk ON "project_vote" FOR SELECT TO lianxin_staff
  USING (project_id IN (SELECT id FROM project));--> statement-breakpoint
-- Whom an urge tells: the active staff of the lead unit, wherever they sit (the urger may not see their accounts).
CREATE OR REPLACE FUNCTION lianxin_unit_staff(of_unit uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.id FROM account a JOIN account_unit au ON au.account_id = a.id
  WHERE au.unit_id = of_unit AND a.kind = 'staff' AND a.status = 'active'
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_unit_staff(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_unit_staff(uuid) TO lianxin_app, lianxin_system;

CREATE TABLE "project_margin" (
	"place_id" uuid PRIMARY KEY NOT NULL,
	"place_path" "ltree" NOT NULL,
	"behind" integer NOT NULL,
	"seriously_behind" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_margin_order" CHECK (0 < "project_margin"."behind" AND "project_margin"."behind" < "project_margin"."seriously_behind" AND "project_margin"."seriously_behind" <= 100)
);
--> statement-breakpoint
ALTER TABLE "project_margin" ADD CONSTRAINT "project_margin_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_margin" ADD CONSTRAINT "project_margin_updated_by_id_account_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_margin_place_path_gist" ON "project_margin" USING gist ("place_path");--> statement-breakpoint-- Like every table: enabled and forced, trusted code (the demo seed) sees every row.
ALTER TABLE "project_margin" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "project_margin" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY project_margin_system ON "project_margin" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- A project's colour is public (the published list shows it), so everyone reads the margins it comes from; they
-- say nothing about anybody. Offices write those of their subtree; a place move rewrites the path.
REVOKE ALL ON "project_margin" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT ON "project_margin" TO lianxin_app, lianxin_public;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON "project_margin" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY project_margin_read ON "project_margin" FOR SELECT TO lianxin_app, lianxin_public USING (true);--> statement-breakpoint
CREATE POLICY project_margin_insert ON "project_margin" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_margin_update ON "project_margin" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY project_margin_delete ON "project_margin" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Servers keep the margins in memory; a change bumps the count so that all of them reload.
CREATE TRIGGER project_margin_config_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "project_margin"
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_bump_config_version();

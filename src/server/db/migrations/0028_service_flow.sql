CREATE TABLE "service_flow" (
	"place_id" uuid PRIMARY KEY NOT NULL,
	"place_path" "ltree" NOT NULL,
	"accepted_by" text NOT NULL,
	"dispatch" text NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "accept_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "auto_dispatch_unit_id" uuid;--> statement-breakpoint
-- A team whose place's flow lets it accept its service orders (组织接单) reads them from submission on, as it reads
-- the tickets dispatched to it: 0021's policy, with the accepting team beside the dispatched unit.
ALTER POLICY ticket_staff ON ticket
  USING (
    (place_path <@ (SELECT lianxin_scope())
      AND ((SELECT lianxin_sees_subtree()) OR state = 'pooled'))
    OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR accept_unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account())
    OR (SELECT lianxin_account()) = ANY (claimant_ids))
  WITH CHECK (
    (place_path <@ (SELECT lianxin_scope())
      AND ((SELECT lianxin_sees_subtree()) OR state IN ('pooled', 'claimed')))
    OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR accept_unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account())
    OR (SELECT lianxin_account()) = ANY (claimant_ids));--> statement-breakpoint
ALTER TABLE "service_flow" ADD CONSTRAINT "service_flow_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_flow" ADD CONSTRAINT "service_flow_updated_by_id_account_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_flow_place_path_gist" ON "service_flow" USING gist ("place_path");--> statement-breakpoint
-- Like every table: enabled and forced, trusted code (the demo seed) sees every row.
ALTER TABLE "service_flow" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "service_flow" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY service_flow_system ON "service_flow" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- An order's intake reads the flow on its place's ancestors, whoever places it (a resident too): every signed-in
-- caller reads the settings, which say nothing about anybody. Offices write those of their subtree; a place move
-- rewrites the path.
REVOKE ALL ON "service_flow" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT ON "service_flow" TO lianxin_app;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON "service_flow" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY service_flow_read ON "service_flow" FOR SELECT TO lianxin_app USING (true);--> statement-breakpoint
CREATE POLICY service_flow_insert ON "service_flow" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY service_flow_update ON "service_flow" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY service_flow_delete ON "service_flow" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));

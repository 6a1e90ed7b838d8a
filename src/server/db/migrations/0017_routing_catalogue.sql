-- The routing catalogue (派单目录, routing module): for a category at a place, the responsible units in order.
-- A rule on a street covers its communities unless a deeper rule exists; the matching is in modules/routing.
CREATE TABLE "routing_rule" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "routing_rule_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "routing_rule_place_category_uq" UNIQUE("district_id","place_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "routing_rule_unit" (
	"district_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "routing_rule_unit_district_id_rule_id_position_pk" PRIMARY KEY("district_id","rule_id","position"),
	CONSTRAINT "routing_rule_unit_uq" UNIQUE("district_id","rule_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_category_id_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rule_unit" ADD CONSTRAINT "routing_rule_unit_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rule_unit" ADD CONSTRAINT "routing_rule_unit_district_id_rule_id_routing_rule_district_id_id_fk" FOREIGN KEY ("district_id","rule_id") REFERENCES "public"."routing_rule"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "routing_rule_id_idx" ON "routing_rule" USING btree ("id");--> statement-breakpoint
CREATE INDEX "routing_rule_place_path_gist" ON "routing_rule" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "routing_rule_unit_unit_idx" ON "routing_rule_unit" USING btree ("unit_id");--> statement-breakpoint
-- Like every table: enabled and forced, trusted code (the demo seed, a place move's path rewrite by the system)
-- sees every row.
ALTER TABLE "routing_rule" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "routing_rule" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "routing_rule_unit" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "routing_rule_unit" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY routing_rule_system ON "routing_rule" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY routing_rule_unit_system ON "routing_rule_unit" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- Staff only: residents and the public have no grant (the default privileges of 0002 gave one to lianxin_app,
-- which residents are members of).
REVOKE ALL ON "routing_rule", "routing_rule_unit" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "routing_rule", "routing_rule_unit" TO lianxin_staff;--> statement-breakpoint
-- As units: staff read the rules of their subtree and those above it (a street's rule decides a community's
-- dispatch), and write only in their subtree.
CREATE POLICY routing_rule_read ON "routing_rule" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY routing_rule_insert ON "routing_rule" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY routing_rule_update ON "routing_rule" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY routing_rule_delete ON "routing_rule" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A rule's units go with the rule: readable where it is, written where it may be written.
CREATE POLICY routing_rule_unit_read ON "routing_rule_unit" FOR SELECT TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM routing_rule r WHERE r.district_id = routing_rule_unit.district_id
    AND r.id = routing_rule_unit.rule_id));--> statement-breakpoint
CREATE POLICY routing_rule_unit_write ON "routing_rule_unit" FOR ALL TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM routing_rule r WHERE r.district_id = routing_rule_unit.district_id
    AND r.id = routing_rule_unit.rule_id AND r.place_path <@ (SELECT lianxin_scope())))
  WITH CHECK (EXISTS (SELECT 1 FROM routing_rule r WHERE r.district_id = routing_rule_unit.district_id
    AND r.id = routing_rule_unit.rule_id AND r.place_path <@ (SELECT lianxin_scope())));

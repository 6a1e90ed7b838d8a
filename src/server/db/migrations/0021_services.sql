CREATE TABLE "service_hour" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entry" text NOT NULL,
	"ref_id" uuid,
	"account_id" uuid NOT NULL,
	"unit_id" uuid,
	"place_id" uuid NOT NULL,
	"minutes" integer NOT NULL,
	"ticket_id" uuid,
	"activity_id" uuid,
	"content" text DEFAULT '' NOT NULL,
	"reason" text,
	"served_at" timestamp with time zone NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_hour_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_offering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'all' NOT NULL,
	"schedule" text,
	"location" text,
	"volunteers_needed" integer DEFAULT 1 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "claimant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "claims_needed" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "offering_id" uuid;--> statement-breakpoint
ALTER TABLE "service_hour" ADD CONSTRAINT "service_hour_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hour" ADD CONSTRAINT "service_hour_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hour" ADD CONSTRAINT "service_hour_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offering" ADD CONSTRAINT "service_offering_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offering" ADD CONSTRAINT "service_offering_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_hour_id_idx" ON "service_hour" USING btree ("id");--> statement-breakpoint
CREATE INDEX "service_hour_account_idx" ON "service_hour" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "service_hour_place_idx" ON "service_hour" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "service_hour_ticket_idx" ON "service_hour" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "service_hour_activity_idx" ON "service_hour" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_hour_ref_uq" ON "service_hour" USING btree ("ref_id","entry") WHERE "service_hour"."ref_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "service_hour_ticket_credit_uq" ON "service_hour" USING btree ("ticket_id","account_id") WHERE "service_hour"."entry" = 'credit' AND "service_hour"."ticket_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "service_hour_activity_credit_uq" ON "service_hour" USING btree ("activity_id","account_id") WHERE "service_hour"."entry" = 'credit' AND "service_hour"."activity_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "service_offering_place_path_gist" ON "service_offering" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "service_offering_unit_idx" ON "service_offering" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "ticket_claimant_ids_gin" ON "ticket" USING gin ("claimant_ids");--> statement-breakpoint
-- Wishes claimed before claims were counted: their one claimant is their list of claimants.
UPDATE "ticket" SET "claimant_ids" = ARRAY["claimant_id"] WHERE "claimant_id" IS NOT NULL;--> statement-breakpoint
-- Whether the caller reads the tickets and hours of its whole subtree: staff do, unless `volunteer` is their only
-- role — a volunteer is not office staff (issue 12, capability 11). Staff acting without an account (the Open311
-- gateway in its jurisdiction) hold no role and do. tickets/relations.ts seesSubtree says the same.
CREATE OR REPLACE FUNCTION lianxin_sees_subtree() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT lianxin_setting('lianxin.kind') = 'staff' AND NOT (
    coalesce(lianxin_setting('lianxin.roles'), '') <> ''
    AND NOT EXISTS (SELECT 1 FROM unnest(string_to_array(lianxin_setting('lianxin.roles'), ',')) AS r(role)
      WHERE r.role <> 'volunteer'))
$$;--> statement-breakpoint
-- A volunteer reads what is open to claim in its area (pooled: a wish on the wall, anything the office pooled),
-- its teams' tickets and what it claimed.
ALTER POLICY ticket_staff ON ticket
  USING (
    (place_path <@ (SELECT lianxin_scope())
      AND ((SELECT lianxin_sees_subtree()) OR state = 'pooled'))
    OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account())
    OR (SELECT lianxin_account()) = ANY (claimant_ids))
  WITH CHECK (
    (place_path <@ (SELECT lianxin_scope())
      AND ((SELECT lianxin_sees_subtree()) OR state IN ('pooled', 'claimed')))
    OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account())
    OR (SELECT lianxin_account()) = ANY (claimant_ids));--> statement-breakpoint
ALTER TABLE "service_offering" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "service_offering" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "service_hour" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "service_hour" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY service_offering_system ON "service_offering" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY service_hour_system ON "service_hour" FOR INSERT TO lianxin_system WITH CHECK (true);--> statement-breakpoint
CREATE POLICY service_hour_system_read ON "service_hour" FOR SELECT TO lianxin_system USING (true);--> statement-breakpoint
-- The menu is what residents order from: every signed-in caller reads it; staff write it in their subtree.
REVOKE ALL ON "service_offering" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT ON "service_offering" TO lianxin_app;--> statement-breakpoint
GRANT INSERT, UPDATE ON "service_offering" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY service_offering_read ON "service_offering" FOR SELECT TO lianxin_app USING (true);--> statement-breakpoint
CREATE POLICY service_offering_insert ON "service_offering" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY service_offering_update ON "service_offering" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- The hours ledger is append-only: no role of the application may change or remove an entry (a wrong one is
-- reversed by a new entry with a reason), and a trigger refuses it even to the owner.
REVOKE ALL ON "service_hour" FROM lianxin_app;--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "service_hour" FROM lianxin_system;--> statement-breakpoint
GRANT SELECT, INSERT ON "service_hour" TO lianxin_staff;--> statement-breakpoint
-- A volunteer reads its own entries and those it wrote (the claimants' credits of an order it resolved); the
-- office those served in its subtree.
CREATE POLICY service_hour_read ON "service_hour" FOR SELECT TO lianxin_staff
  USING (account_id = (SELECT lianxin_account()) OR created_by_id = (SELECT lianxin_account())
    OR ((SELECT lianxin_sees_subtree())
      AND place_id IN (SELECT p.id FROM place p WHERE p.path <@ (SELECT lianxin_scope()))));--> statement-breakpoint
-- Credits are written by whoever resolves an order or wish (its team, its office), confirmations and
-- reversals by the office: where the service was given is in their subtree or their team served it.
-- A volunteer may be a resident account (a resident approved into a team keeps their kind): they read their own
-- entries, nothing else.
GRANT SELECT ON "service_hour" TO lianxin_resident;--> statement-breakpoint
CREATE POLICY service_hour_own ON "service_hour" FOR SELECT TO lianxin_resident
  USING (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY service_hour_insert ON "service_hour" FOR INSERT TO lianxin_staff
  WITH CHECK (place_id IN (SELECT p.id FROM place p WHERE p.path <@ (SELECT lianxin_scope()))
    OR unit_id = ANY ((SELECT lianxin_units())::uuid[]) OR account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_service_hour_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'service_hour is append-only';
END
$$;--> statement-breakpoint
CREATE TRIGGER service_hour_append_only BEFORE UPDATE OR DELETE ON "service_hour"
  FOR EACH ROW EXECUTE FUNCTION lianxin_service_hour_append_only();

CREATE TABLE "volunteer_certificate" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"account_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"volunteer_name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_masked" text,
	"volunteer_number" text,
	"minutes" integer NOT NULL,
	"entry_count" integer NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"lines" text NOT NULL,
	"issuer_name" text NOT NULL,
	"person_in_charge" text,
	"handler" text,
	"contact" text,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "volunteer_certificate_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "volunteer_certificate_number_uq" UNIQUE("district_id","number")
);
--> statement-breakpoint
ALTER TABLE "volunteer_certificate" ADD CONSTRAINT "volunteer_certificate_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificate" ADD CONSTRAINT "volunteer_certificate_issued_by_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "volunteer_certificate_number_idx" ON "volunteer_certificate" USING btree ("number");--> statement-breakpoint
CREATE INDEX "volunteer_certificate_account_idx" ON "volunteer_certificate" USING btree ("account_id","issued_at");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "volunteer_certificate" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer_certificate" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY volunteer_certificate_system ON "volunteer_certificate" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- A certificate is never edited or deleted: a changed record makes the next certificate differ.
REVOKE ALL ON "volunteer_certificate" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "volunteer_certificate" TO lianxin_staff;--> statement-breakpoint
-- The volunteer reads and asks for their own; the office of the volunteer's subtree issues and reads theirs.
CREATE POLICY volunteer_certificate_read ON "volunteer_certificate" FOR SELECT TO lianxin_staff
  USING (account_id = (SELECT lianxin_account()) OR place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY volunteer_certificate_insert ON "volunteer_certificate" FOR INSERT TO lianxin_staff
  WITH CHECK (account_id = (SELECT lianxin_account()) OR place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- What a certificate states is never edited; only the path it is found by follows a reorganised place tree
-- (places/repo.ts rewriteSubtree rewrites every place_path column), within the mover's subtree.
GRANT UPDATE (place_path) ON "volunteer_certificate" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY volunteer_certificate_move ON "volunteer_certificate" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A volunteer who is a resident account asks for their own certificate, and reads only their own.
GRANT SELECT, INSERT ON "volunteer_certificate" TO lianxin_resident;--> statement-breakpoint
CREATE POLICY volunteer_certificate_own ON "volunteer_certificate" FOR SELECT TO lianxin_resident
  USING (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY volunteer_certificate_own_insert ON "volunteer_certificate" FOR INSERT TO lianxin_resident
  WITH CHECK (account_id = (SELECT lianxin_account()));--> statement-breakpoint
-- The public verification page looks one up by the number printed on it (unguessable; masked name only).
GRANT SELECT ON "volunteer_certificate" TO lianxin_public;--> statement-breakpoint
CREATE POLICY volunteer_certificate_public ON "volunteer_certificate" FOR SELECT TO lianxin_public USING (true);

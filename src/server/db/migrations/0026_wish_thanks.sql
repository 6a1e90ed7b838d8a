CREATE TABLE "wish_thanks" (
	"district_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"place_name" text NOT NULL,
	"claimant_names" text[] NOT NULL,
	"thanks" text NOT NULL,
	"thanked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "wish_thanks_district_id_ticket_id_pk" PRIMARY KEY("district_id","ticket_id")
);
--> statement-breakpoint
ALTER TABLE "wish_thanks" ADD CONSTRAINT "wish_thanks_district_id_ticket_id_ticket_district_id_id_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wish_thanks_thanked_idx" ON "wish_thanks" USING btree ("thanked_at");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "wish_thanks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wish_thanks" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY wish_thanks_system ON "wish_thanks" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "wish_thanks" FROM lianxin_app;--> statement-breakpoint
-- Written once, when the resident rates the wish with consent (or the office records that rating from the call
-- back); what it says is never edited, only its path follows a reorganised place tree.
GRANT SELECT, INSERT ON "wish_thanks" TO lianxin_staff;--> statement-breakpoint
GRANT UPDATE (place_path) ON "wish_thanks" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY wish_thanks_staff ON "wish_thanks" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
GRANT INSERT ON "wish_thanks" TO lianxin_resident;--> statement-breakpoint
CREATE POLICY wish_thanks_submitter ON "wish_thanks" FOR INSERT TO lianxin_resident
  WITH CHECK (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = wish_thanks.district_id
    AND t.id = wish_thanks.ticket_id AND t.submitter_id = (SELECT lianxin_account())));--> statement-breakpoint
-- The public wall of thanks: every row is what its resident agreed to show.
GRANT SELECT ON "wish_thanks" TO lianxin_public;--> statement-breakpoint
CREATE POLICY wish_thanks_public ON "wish_thanks" FOR SELECT TO lianxin_public USING (true);

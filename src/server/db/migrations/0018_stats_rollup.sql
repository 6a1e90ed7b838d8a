-- The statistics' roll-up of finished tickets (stats module: stats/rollup.ts, docs/rollups.md), and the index of the
-- tickets still moving, which the statistics count directly.
CREATE TABLE "ticket_rollup" (
	"district_id" uuid NOT NULL,
	"day" date NOT NULL,
	"place_path" "ltree" NOT NULL,
	"unit_id" uuid,
	"c_submitted" integer NOT NULL,
	"c_accepted" integer NOT NULL,
	"c_rejected" integer NOT NULL,
	"c_merged" integer NOT NULL,
	"c_due_for_response" integer NOT NULL,
	"c_responded_on_time" integer NOT NULL,
	"c_dispatched" integer NOT NULL,
	"c_dispatched_accurately" integer NOT NULL,
	"c_returned" integer NOT NULL,
	"c_due_for_handling" integer NOT NULL,
	"c_resolved" integer NOT NULL,
	"c_resolved_well" integer NOT NULL,
	"c_resolved_on_time" integer NOT NULL,
	"c_ever_resolved" integer NOT NULL,
	"c_reworked" integer NOT NULL,
	"c_extended" integer NOT NULL,
	"c_closed" integer NOT NULL,
	"c_closed_on_time" integer NOT NULL,
	"c_overdue" integer NOT NULL,
	"c_overdue_open" integer NOT NULL,
	"c_rated" integer NOT NULL,
	"c_satisfied_or_basically" integer NOT NULL,
	"o_resolved" integer NOT NULL,
	"o_explained" integer NOT NULL,
	"o_transferred" integer NOT NULL,
	"o_duplicate" integer NOT NULL,
	"o_withdrawn" integer NOT NULL,
	"o_rejected" integer NOT NULL,
	"r_satisfied" integer NOT NULL,
	"r_basically_satisfied" integer NOT NULL,
	"r_unsatisfied" integer NOT NULL,
	"n_response" integer NOT NULL,
	"s_response_seconds" numeric NOT NULL,
	"n_handling" integer NOT NULL,
	"s_handling_hours" numeric NOT NULL,
	"n_working" integer NOT NULL,
	"s_working_hours" numeric NOT NULL,
	CONSTRAINT "ticket_rollup_key_uq" UNIQUE NULLS NOT DISTINCT("district_id","day","place_path","unit_id")
);
--> statement-breakpoint
CREATE INDEX "ticket_live_created_idx" ON "ticket" USING btree ("district_id","created_at") WHERE state NOT IN ('rejected', 'merged', 'closed');--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the rebuild, the seed) sees every row.
ALTER TABLE "ticket_rollup" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ticket_rollup" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY ticket_rollup_system ON "ticket_rollup" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- The public role has no grant; residents get only what the upsert of their own withdrawal needs (below).
REVOKE ALL ON "ticket_rollup" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "ticket_rollup" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "ticket_rollup" TO lianxin_resident;--> statement-breakpoint
-- Staff as on the ticket: their subtree (the statistics read it; a move that finishes a ticket, a place move and
-- a work calendar change write it).
CREATE POLICY ticket_rollup_staff ON "ticket_rollup" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A resident withdrawing their own ticket finishes it: the upsert reads and adds to the row of its place.
CREATE POLICY ticket_rollup_resident ON "ticket_rollup" FOR ALL TO lianxin_resident
  USING (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_rollup.district_id
    AND t.place_path = ticket_rollup.place_path AND t.submitter_id = (SELECT lianxin_account())))
  WITH CHECK (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_rollup.district_id
    AND t.place_path = ticket_rollup.place_path AND t.submitter_id = (SELECT lianxin_account())));

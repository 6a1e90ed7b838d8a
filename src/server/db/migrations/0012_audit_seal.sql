-- The audit trail off the request path, keyed and anchored (platform/audit*.ts, docs/architecture.md):
-- requests only INSERT into audit_pending; the sealer chains pending rows into audit_event with an HMAC whose
-- key never enters the database, and signs checkpoints of each district's head into a file outside it.
-- audit_head is gone: a district's head is its highest seq, and the checkpoints are what a cut is checked against.
CREATE TABLE "audit_pending" (
	"district_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_roles" text[] NOT NULL,
	"ip" text,
	"user_agent" text,
	"request_id" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"id" bigserial NOT NULL,
	CONSTRAINT "audit_pending_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE INDEX "audit_pending_id_idx" ON "audit_pending" USING btree ("id");
--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "pending_id" bigint;
--> statement-breakpoint
CREATE INDEX "audit_event_pending_idx" ON "audit_event" USING btree ("district_id","pending_id");
--> statement-breakpoint
-- Re-seal: entries written before this migration carry bare SHA-256 hashes, which anyone with the database can
-- recompute. They go back to pending in chain order (district, seq) and the first seal re-chains them under
-- the key, with their content unchanged. Run `npm run audit:verify` before upgrading to know they were intact.
INSERT INTO audit_pending (district_id, at, actor_id, actor_name, actor_roles, ip, user_agent, request_id,
  action, target_type, target_id, before, after)
SELECT district_id, at, actor_id, actor_name, actor_roles, ip, user_agent, request_id,
  action, target_type, target_id, before, after
FROM audit_event ORDER BY district_id, seq;
--> statement-breakpoint
-- TRUNCATE fires no row trigger; only the owner running this migration may do it.
TRUNCATE audit_event;
--> statement-breakpoint
DROP TABLE IF EXISTS audit_head;
--> statement-breakpoint
ALTER TABLE audit_pending ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_pending FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Requests append and nothing else: no SELECT (an entry cannot be read back or found to be altered), no UPDATE
-- or DELETE (an entry cannot be dropped before it is sealed).
REVOKE ALL ON audit_pending FROM lianxin_app;
--> statement-breakpoint
GRANT INSERT ON audit_pending TO lianxin_app;
--> statement-breakpoint
CREATE POLICY audit_pending_append ON audit_pending FOR INSERT TO lianxin_app WITH CHECK (true);
--> statement-breakpoint
-- System code that runs as the owner (no role switch) appends and seals; it never updates.
CREATE POLICY audit_pending_owner_append ON audit_pending FOR INSERT TO CURRENT_USER WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY audit_pending_owner_read ON audit_pending FOR SELECT TO CURRENT_USER USING (true);
--> statement-breakpoint
CREATE POLICY audit_pending_owner_seal ON audit_pending FOR DELETE TO CURRENT_USER USING (true);
--> statement-breakpoint
-- The trail itself is written by the sealer alone: the application role may no longer insert into it.
DROP POLICY IF EXISTS audit_event_append ON audit_event;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_app;
--> statement-breakpoint
-- Trusted system code (when the system role exists) seals: it reads and deletes pending rows and inserts
-- entries, and may not update or delete an entry, nor update a pending row, nor delete a timeline event.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'lianxin_system') THEN
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_system';
    EXECUTE 'GRANT SELECT, INSERT ON audit_event TO lianxin_system';
    EXECUTE 'REVOKE ALL ON audit_pending FROM lianxin_system';
    EXECUTE 'GRANT SELECT, INSERT, DELETE ON audit_pending TO lianxin_system';
    EXECUTE 'GRANT USAGE ON SEQUENCE audit_pending_id_seq TO lianxin_system';
    EXECUTE 'CREATE POLICY audit_pending_system_append ON audit_pending FOR INSERT TO lianxin_system WITH CHECK (true)';
    EXECUTE 'CREATE POLICY audit_pending_system_read ON audit_pending FOR SELECT TO lianxin_system USING (true)';
    EXECUTE 'CREATE POLICY audit_pending_system_seal ON audit_pending FOR DELETE TO lianxin_system USING (true)';
    EXECUTE 'REVOKE DELETE, TRUNCATE ON ticket_event FROM lianxin_system';
  END IF;
END $$;
--> statement-breakpoint
-- A pending row leaves only once the entry that seals it exists, whoever deletes it; it is never updated.
CREATE OR REPLACE FUNCTION lianxin_audit_pending_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (
    SELECT 1 FROM audit_event e WHERE e.district_id = OLD.district_id AND e.pending_id = OLD.id
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_pending rows leave only by being sealed into audit_event';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_pending_guard BEFORE UPDATE OR DELETE ON audit_pending
  FOR EACH ROW EXECUTE FUNCTION lianxin_audit_pending_guard();
--> statement-breakpoint
-- Timelines are history: the application may add events, never delete them. An UPDATE may only add keys to an
-- event's data (the Open311 intake annotates its submit event in the same transaction); who, when, what and
-- every value already recorded stay as written.
REVOKE DELETE, TRUNCATE ON ticket_event FROM lianxin_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_ticket_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND (NEW.district_id, NEW.id, NEW.ticket_id, NEW.action, NEW.from_state, NEW.to_state, NEW.actor_id,
         NEW.actor_name, NEW.note, NEW.at)
      IS NOT DISTINCT FROM (OLD.district_id, OLD.id, OLD.ticket_id, OLD.action, OLD.from_state, OLD.to_state,
         OLD.actor_id, OLD.actor_name, OLD.note, OLD.at)
    AND NEW.data @> OLD.data
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ticket_event is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ticket_event_append_only BEFORE UPDATE OR DELETE ON ticket_event
  FOR EACH ROW EXECUTE FUNCTION lianxin_ticket_event_guard();

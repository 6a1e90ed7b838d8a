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
-- The trail itself is written by the sealer alone: the application role may no longer insert into it.
DROP POLICY IF EXISTS audit_event_append ON audit_event;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_app;
--> statement-breakpoint
-- Trusted system code (lianxin_system, migration 0011; the owner is a member) seals: it reads and deletes
-- pending rows and inserts entries, and may not update or delete an entry nor update a pending row.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_system;
--> statement-breakpoint
REVOKE ALL ON audit_pending FROM lianxin_system;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON audit_pending TO lianxin_system;
--> statement-breakpoint
CREATE POLICY audit_pending_system ON audit_pending FOR ALL TO lianxin_system USING (true) WITH CHECK (true);
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
-- Timelines are history: the application adds events and never changes or removes one (an intake writes
-- everything its submit event says in its INSERT).
REVOKE UPDATE, DELETE, TRUNCATE ON ticket_event FROM lianxin_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON ticket_event FROM lianxin_system;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_ticket_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ticket_event is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ticket_event_append_only BEFORE UPDATE OR DELETE ON ticket_event
  FOR EACH ROW EXECUTE FUNCTION lianxin_ticket_event_append_only();

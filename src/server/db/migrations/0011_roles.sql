-- Database roles for running without a superuser (docs/reliability.md, README "PostgreSQL in production"):
--   the owner      runs these migrations and owns every table (any name; the database's owner);
--   lianxin_system trusted server code (sweeps, outbox, sign-in look-ups): every row, through explicit policies;
--   lianxin_staff / lianxin_resident  request transactions (SET LOCAL ROLE), fenced by the policies of 0002/0004;
--   the server's login role is a member of those three and owns nothing.
-- Row-level security is forced on every table, so even the owner passes through policies: a table without a
-- policy for a role is empty to it.
DO $$
BEGIN
  CREATE ROLE lianxin_system NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
-- A non-superuser owner is subject to the forced policies too; as a member of the system role its own
-- statements (the rest of these migrations, SECURITY DEFINER functions) still see every row.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT lianxin_system TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO lianxin_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lianxin_system;
--> statement-breakpoint
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO lianxin_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO lianxin_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO lianxin_system;
--> statement-breakpoint
-- The trail stays append-only for trusted code as well.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_extension_approvers(ltree, text[]) TO lianxin_system;
--> statement-breakpoint
-- Every table: enabled, forced, and open to trusted code. Tables added later do the same in their migration
-- (test/api/platform-roles.test.ts fails on a table that does not).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL TO lianxin_system USING (true) WITH CHECK (true)', t || '_system', t
    );
  END LOOP;
END $$;

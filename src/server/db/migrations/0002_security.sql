-- Row-level security: the second fence behind every query's own scope filter (issue 2, STYLE.md).
-- Request transactions run as `lianxin_app` (SET LOCAL ROLE) with these per-transaction settings:
--   lianxin.scope       '*' (whole tree), '' (no place), or the caller's place path (ltree text)
--   lianxin.kind        'staff' | 'resident' | 'public'
--   lianxin.account_id  the caller's account id, or ''
--   lianxin.roles       the caller's roles, comma-separated
-- Missing settings mean "nothing": a query that forgot its filter, run by the app role, sees no rows.
DO $$
BEGIN
  CREATE ROLE lianxin_app NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO lianxin_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lianxin_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO lianxin_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO lianxin_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO lianxin_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_setting(name text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting(name, true), '')
$$;
--> statement-breakpoint
-- The caller's subtree as an ltree, so that policies are plain `path <@ …` / `path @> …` conditions that the
-- GiST indexes serve (a policy calling a boolean function per row would force a sequential scan).
-- The empty ltree is the ancestor of every path (the whole tree); 'none' matches no path (labels are hex ids).
CREATE OR REPLACE FUNCTION lianxin_scope() RETURNS ltree LANGUAGE sql STABLE AS $$
  SELECT CASE lianxin_setting('lianxin.scope')
    WHEN '*' THEN ''::ltree
    WHEN '' THEN 'none'::ltree
    ELSE lianxin_setting('lianxin.scope')::ltree
  END
$$;
--> statement-breakpoint
-- Place names are public reference data: residents pick their home from the tree, the portal lists communities.
CREATE OR REPLACE FUNCTION lianxin_place_scope() RETURNS ltree LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN lianxin_setting('lianxin.kind') IN ('resident', 'public') THEN ''::ltree ELSE lianxin_scope() END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_account() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(lianxin_setting('lianxin.account_id'), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_has_role(r text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT r = ANY (string_to_array(lianxin_setting('lianxin.roles'), ','))
$$;
--> statement-breakpoint
ALTER TABLE place ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Staff read their subtree and its ancestors (breadcrumbs); residents and the public the whole tree; writes are scoped.
CREATE POLICY place_read ON place FOR SELECT TO lianxin_app
  USING (path <@ lianxin_place_scope() OR path @> lianxin_place_scope());
--> statement-breakpoint
CREATE POLICY place_insert ON place FOR INSERT TO lianxin_app WITH CHECK (path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY place_update ON place FOR UPDATE TO lianxin_app USING (path <@ lianxin_scope()) WITH CHECK (path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY place_delete ON place FOR DELETE TO lianxin_app USING (path <@ lianxin_scope());
--> statement-breakpoint
ALTER TABLE unit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY unit_read ON unit FOR SELECT TO lianxin_app USING (place_path <@ lianxin_scope() OR place_path @> lianxin_scope());
--> statement-breakpoint
CREATE POLICY unit_insert ON unit FOR INSERT TO lianxin_app WITH CHECK (place_path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY unit_update ON unit FOR UPDATE TO lianxin_app USING (place_path <@ lianxin_scope()) WITH CHECK (place_path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY unit_delete ON unit FOR DELETE TO lianxin_app USING (place_path <@ lianxin_scope());
--> statement-breakpoint
ALTER TABLE station ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY station_read ON station FOR SELECT TO lianxin_app USING (place_path <@ lianxin_scope() OR place_path @> lianxin_scope());
--> statement-breakpoint
CREATE POLICY station_insert ON station FOR INSERT TO lianxin_app WITH CHECK (place_path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY station_update ON station FOR UPDATE TO lianxin_app USING (place_path <@ lianxin_scope()) WITH CHECK (place_path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY station_delete ON station FOR DELETE TO lianxin_app USING (place_path <@ lianxin_scope());
--> statement-breakpoint
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_read ON account FOR SELECT TO lianxin_app USING (place_path <@ lianxin_scope() OR id = lianxin_account());
--> statement-breakpoint
CREATE POLICY account_insert ON account FOR INSERT TO lianxin_app WITH CHECK (place_path <@ lianxin_scope());
--> statement-breakpoint
CREATE POLICY account_update ON account FOR UPDATE TO lianxin_app
  USING (place_path <@ lianxin_scope() OR id = lianxin_account())
  WITH CHECK (place_path <@ lianxin_scope() OR id = lianxin_account());
--> statement-breakpoint
ALTER TABLE account_unit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_unit_all ON account_unit FOR ALL TO lianxin_app
  USING (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id))
  WITH CHECK (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id));
--> statement-breakpoint
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_all ON session FOR ALL TO lianxin_app
  USING (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id))
  WITH CHECK (EXISTS (SELECT 1 FROM account a WHERE a.id = account_id));
--> statement-breakpoint
-- One-time codes and the SMS outbox are touched only by system code (no role switch): no policy, no access.
ALTER TABLE sms_code ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sms_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE security_policy ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY security_policy_read ON security_policy FOR SELECT TO lianxin_app USING (true);
--> statement-breakpoint
CREATE POLICY security_policy_write ON security_policy FOR UPDATE TO lianxin_app
  USING (lianxin_has_role('secadmin')) WITH CHECK (lianxin_has_role('secadmin'));
--> statement-breakpoint
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Only the auditor reads the trail (三员分立); every request may append to it.
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO lianxin_app USING (lianxin_has_role('auditor'));
--> statement-breakpoint
CREATE POLICY audit_event_append ON audit_event FOR INSERT TO lianxin_app WITH CHECK (true);
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION lianxin_audit_append_only();

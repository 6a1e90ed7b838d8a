-- Tickets: staff reach tickets in their subtree or dispatched to their units or claimed by them; residents
-- reach their own, those they follow, and the public wish wall. The two kinds of caller get two roles so that
-- each policy stays a plain, indexable condition (issue 3; see 0002 for the settings).
DO $$
BEGIN
  CREATE ROLE lianxin_staff NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  CREATE ROLE lianxin_resident NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
-- Both inherit the app role's grants and policies.
GRANT lianxin_app TO lianxin_staff;
--> statement-breakpoint
GRANT lianxin_app TO lianxin_resident;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lianxin_app;
--> statement-breakpoint
-- The blanket grant above covers the audit trail too; take the edits back (append-only, issue 2).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM lianxin_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lianxin_units() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(lianxin_setting('lianxin.units'), ''), ',')::uuid[], '{}'::uuid[])
$$;
--> statement-breakpoint
ALTER TABLE ticket ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ticket_staff ON ticket FOR ALL TO lianxin_staff
  USING (place_path <@ lianxin_scope() OR unit_id = ANY (lianxin_units()) OR claimant_id = lianxin_account())
  WITH CHECK (place_path <@ lianxin_scope() OR unit_id = ANY (lianxin_units()) OR claimant_id = lianxin_account());
--> statement-breakpoint
CREATE POLICY ticket_resident_read ON ticket FOR SELECT TO lianxin_resident
  USING (
    submitter_id = lianxin_account()
    OR id IN (SELECT f.ticket_id FROM ticket_follower f WHERE f.account_id = lianxin_account())
    OR (is_public AND kind = 'wish')
  );
--> statement-breakpoint
CREATE POLICY ticket_resident_insert ON ticket FOR INSERT TO lianxin_resident WITH CHECK (submitter_id = lianxin_account());
--> statement-breakpoint
CREATE POLICY ticket_resident_update ON ticket FOR UPDATE TO lianxin_resident
  USING (submitter_id = lianxin_account()) WITH CHECK (submitter_id = lianxin_account());
--> statement-breakpoint
-- Events, followers and photos follow their ticket's visibility (the subquery runs under the ticket's policy).
ALTER TABLE ticket_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ticket_event_all ON ticket_event FOR ALL TO lianxin_app
  USING (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_event.district_id AND t.id = ticket_event.ticket_id))
  WITH CHECK (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_event.district_id AND t.id = ticket_event.ticket_id));
--> statement-breakpoint
ALTER TABLE ticket_photo ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ticket_photo_all ON ticket_photo FOR ALL TO lianxin_app
  USING (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_photo.district_id AND t.id = ticket_photo.ticket_id))
  WITH CHECK (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_photo.district_id AND t.id = ticket_photo.ticket_id));
--> statement-breakpoint
ALTER TABLE ticket_follower ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A resident sees their own follow rows (the ticket policy reads them); staff those of tickets they see.
CREATE POLICY ticket_follower_own ON ticket_follower FOR SELECT TO lianxin_resident USING (account_id = lianxin_account());
--> statement-breakpoint
CREATE POLICY ticket_follower_staff ON ticket_follower FOR SELECT TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM ticket t WHERE t.district_id = ticket_follower.district_id AND t.id = ticket_follower.ticket_id));
--> statement-breakpoint
CREATE POLICY ticket_follower_write ON ticket_follower FOR INSERT TO lianxin_app WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY ticket_follower_delete ON ticket_follower FOR DELETE TO lianxin_app USING (account_id = lianxin_account());
--> statement-breakpoint
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_own ON notification FOR SELECT TO lianxin_app USING (account_id = lianxin_account());
--> statement-breakpoint
CREATE POLICY notification_read_mark ON notification FOR UPDATE TO lianxin_app
  USING (account_id = lianxin_account()) WITH CHECK (account_id = lianxin_account());
--> statement-breakpoint
-- A move notifies other people: inserting for them is allowed, reading is not.
CREATE POLICY notification_insert ON notification FOR INSERT TO lianxin_app WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE outbox_message ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_insert ON outbox_message FOR INSERT TO lianxin_app WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE open311_key ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY open311_key_admin ON open311_key FOR ALL TO lianxin_app
  USING (lianxin_has_role('sysadmin')) WITH CHECK (lianxin_has_role('sysadmin'));
--> statement-breakpoint
ALTER TABLE category ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY category_read ON category FOR SELECT TO lianxin_app USING (true);
--> statement-breakpoint
CREATE POLICY category_write ON category FOR ALL TO lianxin_app
  USING (lianxin_has_role('sysadmin')) WITH CHECK (lianxin_has_role('sysadmin'));
--> statement-breakpoint
ALTER TABLE deadline_rule ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY deadline_rule_read ON deadline_rule FOR SELECT TO lianxin_app USING (true);
--> statement-breakpoint
CREATE POLICY deadline_rule_write ON deadline_rule FOR ALL TO lianxin_app
  USING (lianxin_has_role('sysadmin')) WITH CHECK (lianxin_has_role('sysadmin'));
--> statement-breakpoint
ALTER TABLE work_calendar ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY work_calendar_read ON work_calendar FOR SELECT TO lianxin_app USING (true);
--> statement-breakpoint
CREATE POLICY work_calendar_write ON work_calendar FOR ALL TO lianxin_app
  USING (lianxin_has_role('sysadmin')) WITH CHECK (lianxin_has_role('sysadmin'));

-- The policies of the tables that grow read the caller's settings through scalar subqueries, `(SELECT f())`.
-- Inlined into a policy, lianxin_scope() & co. were evaluated for every row a scan looked at (three
-- current_setting calls, an ltree parse, a uuid[] parse): most of the time of a list over a busy subtree. As
-- subqueries they are InitPlans, evaluated once per statement, and `path <@ (SELECT …)` is still an index
-- condition for the GiST indexes. Same meaning, same rows (the RLS tests run unchanged).
ALTER POLICY place_read ON place
  USING (path <@ (SELECT lianxin_place_scope()) OR path @> (SELECT lianxin_place_scope()));
--> statement-breakpoint
ALTER POLICY place_insert ON place WITH CHECK (path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
ALTER POLICY place_update ON place USING (path <@ (SELECT lianxin_scope())) WITH CHECK (path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
ALTER POLICY place_delete ON place USING (path <@ (SELECT lianxin_scope()));
--> statement-breakpoint
ALTER POLICY unit_read ON unit
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));
--> statement-breakpoint
ALTER POLICY station_read ON station
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));
--> statement-breakpoint
ALTER POLICY account_read ON account USING (place_path <@ (SELECT lianxin_scope()) OR id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY account_update ON account
  USING (place_path <@ (SELECT lianxin_scope()) OR id = (SELECT lianxin_account()))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR id = (SELECT lianxin_account()));
--> statement-breakpoint
-- `= ANY ((SELECT …)::uuid[])`: the cast keeps it an array comparison, not `= ANY (subquery)`.
ALTER POLICY ticket_staff ON ticket
  USING (place_path <@ (SELECT lianxin_scope()) OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account()))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR unit_id = ANY ((SELECT lianxin_units())::uuid[])
    OR claimant_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY ticket_resident_read ON ticket
  USING (
    submitter_id = (SELECT lianxin_account())
    OR id IN (SELECT f.ticket_id FROM ticket_follower f WHERE f.account_id = (SELECT lianxin_account()))
    OR (is_public AND kind = 'wish')
  );
--> statement-breakpoint
ALTER POLICY ticket_resident_insert ON ticket WITH CHECK (submitter_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY ticket_resident_update ON ticket
  USING (submitter_id = (SELECT lianxin_account())) WITH CHECK (submitter_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY ticket_follower_own ON ticket_follower USING (account_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY ticket_follower_delete ON ticket_follower USING (account_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY notification_own ON notification USING (account_id = (SELECT lianxin_account()));
--> statement-breakpoint
ALTER POLICY notification_read_mark ON notification
  USING (account_id = (SELECT lianxin_account())) WITH CHECK (account_id = (SELECT lianxin_account()));

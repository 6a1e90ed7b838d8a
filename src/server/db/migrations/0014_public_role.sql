-- Callers nobody signed in (the public wish wall, the place tree for registration, categories, and later the
-- public portal) get a role of their own instead of sharing the residents': a resident's policy never opens a
-- row to the public by accident, and each public policy below is written for the public alone. Not a member
-- of lianxin_app, so none of the app's policies apply to it.
DO $$
BEGIN
  CREATE ROLE lianxin_public NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO lianxin_public;
--> statement-breakpoint
GRANT SELECT ON place, category, ticket TO lianxin_public;
--> statement-breakpoint
-- Place names are public reference data; categories are what anyone may report.
CREATE POLICY place_public ON place FOR SELECT TO lianxin_public USING (true);
--> statement-breakpoint
CREATE POLICY category_public ON category FOR SELECT TO lianxin_public USING (true);
--> statement-breakpoint
-- Only wishes their residents chose to publish, and only while they can still be taken up or are in hand.
CREATE POLICY ticket_public ON ticket FOR SELECT TO lianxin_public
  USING (kind = 'wish' AND is_public AND state IN ('pooled', 'claimed', 'in_progress'));
--> statement-breakpoint
-- What a public request does is audited like any other: appending is all it may do to the trail.
GRANT INSERT ON audit_pending TO lianxin_public;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_pending_id_seq TO lianxin_public;
--> statement-breakpoint
CREATE POLICY audit_pending_public ON audit_pending FOR INSERT TO lianxin_public WITH CHECK (true);

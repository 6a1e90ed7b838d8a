-- Request limits (platform/rate-limit.ts): one row per limited key, counted by rate-limiter-flexible's atomic
-- INSERT … ON CONFLICT upsert, so every server on this database shares the same counts.
CREATE TABLE "rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
-- The expired-row sweep deletes by expiry.
CREATE INDEX "rate_limit_expire_idx" ON "rate_limit" USING btree ("expire");
--> statement-breakpoint
-- System code only: requests never reach this table under their own role. The default privileges of 0002 grant
-- every new table to lianxin_app; take that back, and let row-level security refuse whatever else is left.
REVOKE ALL ON "rate_limit" FROM lianxin_app;
--> statement-breakpoint
ALTER TABLE "rate_limit" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "rate_limit" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Trusted system code may run as lianxin_system (where that role exists): it reads and writes every row.
DO $$
BEGIN
	IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'lianxin_system') THEN
		EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limit" TO lianxin_system';
		EXECUTE 'CREATE POLICY rate_limit_system ON "rate_limit" TO lianxin_system USING (true) WITH CHECK (true)';
	END IF;
END $$;

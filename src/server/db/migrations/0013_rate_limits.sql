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
-- Trusted system code (lianxin_system, migration 0011) reads and writes every row; its grant comes with the
-- default privileges of 0011.
CREATE POLICY rate_limit_system ON "rate_limit" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);

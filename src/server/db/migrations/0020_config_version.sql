CREATE TABLE "config_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "config_version" ADD CONSTRAINT "config_version_one_row" CHECK ("id" = 1);--> statement-breakpoint
INSERT INTO "config_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
ALTER TABLE "config_version" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "config_version" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Everybody may read the count; nobody writes it but the trigger below, which runs as the owner.
CREATE POLICY config_version_system ON "config_version" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY config_version_read ON "config_version" FOR SELECT TO lianxin_app, lianxin_public USING (true);--> statement-breakpoint
GRANT SELECT ON "config_version" TO lianxin_app, lianxin_public;--> statement-breakpoint
CREATE FUNCTION lianxin_bump_config_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE config_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_bump_config_version() FROM PUBLIC;--> statement-breakpoint
CREATE TRIGGER category_config_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "category"
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_bump_config_version();--> statement-breakpoint
CREATE TRIGGER deadline_rule_config_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "deadline_rule"
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_bump_config_version();--> statement-breakpoint
CREATE TRIGGER work_calendar_config_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "work_calendar"
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_bump_config_version();

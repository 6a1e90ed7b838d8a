-- Notices name their subject (type and id) instead of a ticket, so every module can send them; each person
-- chooses their outside channels (notice_preference). Existing rows are all about tickets and keep their text.
ALTER TABLE "notification" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
-- Every row written so far came from a ticket move. A row without a ticket could only have been written by hand:
-- it becomes a notice about its own account, so no row is lost.
UPDATE "notification"
  SET subject_type = CASE WHEN ticket_id IS NULL THEN 'account' ELSE 'ticket' END,
      subject_id = coalesce(ticket_id, account_id);--> statement-breakpoint
UPDATE "outbox_message"
  SET subject_type = CASE WHEN ticket_id IS NULL THEN 'account' ELSE 'ticket' END,
      subject_id = coalesce(ticket_id, account_id, '00000000-0000-0000-0000-000000000000');--> statement-breakpoint
ALTER TABLE "notification" ALTER COLUMN "subject_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "notification" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_message" ALTER COLUMN "subject_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_message" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
-- The ticket column stays for its readers, now derived from the subject (the values it held are the subject's).
ALTER TABLE "notification" DROP COLUMN "ticket_id";--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "ticket_id" uuid GENERATED ALWAYS AS (CASE WHEN subject_type = 'ticket' THEN subject_id END) STORED;--> statement-breakpoint
ALTER TABLE "outbox_message" DROP COLUMN "ticket_id";--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "ticket_id" uuid GENERATED ALWAYS AS (CASE WHEN subject_type = 'ticket' THEN subject_id END) STORED;--> statement-breakpoint
CREATE TABLE "notice_preference" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"sms" boolean DEFAULT true NOT NULL,
	"wechat" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_preference" ADD CONSTRAINT "notice_preference_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Like every table: enabled and forced, trusted code (the outbox reads it at delivery) sees every row.
ALTER TABLE "notice_preference" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "notice_preference" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY notice_preference_system ON "notice_preference" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- Staff and residents read and set their own choices only (the grant comes with the default privileges of
-- 0002); nobody signed in has no grant and no policy, and nobody may delete a row (defaults are a row's absence
-- only until the first choice).
REVOKE DELETE ON "notice_preference" FROM lianxin_app;--> statement-breakpoint
CREATE POLICY notice_preference_own_read ON "notice_preference" FOR SELECT TO lianxin_app
  USING (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY notice_preference_own_insert ON "notice_preference" FOR INSERT TO lianxin_app
  WITH CHECK (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY notice_preference_own_update ON "notice_preference" FOR UPDATE TO lianxin_app
  USING (account_id = (SELECT lianxin_account())) WITH CHECK (account_id = (SELECT lianxin_account()));

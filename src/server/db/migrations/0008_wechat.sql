CREATE TABLE "wechat_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"openid" text NOT NULL,
	"template_id" text NOT NULL,
	"request" jsonb NOT NULL,
	"adapter" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "wechat_openid" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "payload" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "account_wechat_openid_uq" ON "account" USING btree ("wechat_openid");--> statement-breakpoint
-- Like sms_outbox: written only by system code (outbox delivery, no role switch): no policy, no access for requests.
ALTER TABLE wechat_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON wechat_outbox TO lianxin_app;

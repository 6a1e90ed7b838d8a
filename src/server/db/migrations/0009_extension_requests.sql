-- 延期申请: the handler or the office asks, the level above approves or denies (issue 3). A pending request
-- lives on the ticket (at most one at a time); the ticket policies of 0004 cover the new columns.
ALTER TABLE "ticket" ADD COLUMN "extension_requested_days" integer;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "extension_requested_reason" text;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "extension_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "ticket" ADD COLUMN "extension_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_extension_requested_by_account_id_fk" FOREIGN KEY ("extension_requested_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_extension_request_idx" ON "ticket" USING btree ("district_id","extension_requested_at") WHERE "ticket"."extension_requested_at" IS NOT NULL;--> statement-breakpoint
-- Who is told of a new request: the active staff with an approving role on the nearest node above the ticket's
-- owner node that has any. A community's staff may not read the accounts above them (account_read), so this
-- runs as its owner (SECURITY DEFINER) and answers account ids only.
CREATE OR REPLACE FUNCTION lianxin_extension_approvers(owner ltree, approver_roles text[]) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.id FROM (
    SELECT id, nlevel(place_path) AS depth, max(nlevel(place_path)) OVER () AS nearest
    FROM account
    WHERE kind = 'staff' AND status = 'active' AND place_path IS NOT NULL
      AND roles && approver_roles AND owner <@ place_path AND owner <> place_path
  ) a WHERE a.depth = a.nearest
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_extension_approvers(ltree, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_extension_approvers(ltree, text[]) TO lianxin_app;

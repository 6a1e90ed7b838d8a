CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"station_id" uuid,
	"room" text,
	"unit_id" uuid,
	"organiser_id" uuid,
	"organiser_name" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"series_id" uuid,
	"checkin_token" text NOT NULL,
	"summary" text,
	"people_served" integer,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_checkin_token_unique" UNIQUE("checkin_token")
);
--> statement-breakpoint
CREATE TABLE "activity_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "activity_signup_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" uuid,
	"name" text NOT NULL,
	"phone_enc" text,
	"phone_hash" text,
	"status" text NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	"auto_closed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_organiser_id_account_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_added_by_account_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_place_path_gist" ON "activity" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "activity_starts_idx" ON "activity" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "activity_series_idx" ON "activity" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "activity_signup_activity_idx" ON "activity_signup" USING btree ("activity_id","status","seq");--> statement-breakpoint
CREATE INDEX "activity_signup_account_idx" ON "activity_signup" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signup_account_once" ON "activity_signup" USING btree ("activity_id","account_id") WHERE "activity_signup"."status" <> 'cancelled' AND "activity_signup"."account_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signup_phone_once" ON "activity_signup" USING btree ("activity_id","phone_hash") WHERE "activity_signup"."status" <> 'cancelled' AND "activity_signup"."phone_hash" IS NOT NULL;--> statement-breakpoint
-- Like every table: enabled and forced, trusted code (the demo seed, sweeps) sees every row.
ALTER TABLE "activity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_signup" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_signup" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY activity_system ON "activity" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY activity_signup_system ON "activity_signup" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- Activities are public notices: every signed-in caller reads them (residents look for activities near them, a
-- volunteer scans the code of an activity anywhere); staff write only in their subtree. The public role has no
-- grant. Residents write no activity: their sign-ups move the counts through lianxin_activity_settle() below.
REVOKE ALL ON "activity", "activity_signup" FROM lianxin_app;--> statement-breakpoint
GRANT SELECT ON "activity" TO lianxin_app;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON "activity" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY activity_read ON "activity" FOR SELECT TO lianxin_app USING (true);--> statement-breakpoint
CREATE POLICY activity_insert ON "activity" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY activity_update ON "activity" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY activity_delete ON "activity" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Sign-ups: everyone their own; staff those of the activities in their subtree (attendance, someone signed up by
-- name and phone). No one deletes one: a cancellation is a status.
GRANT SELECT, INSERT, UPDATE ON "activity_signup" TO lianxin_app;--> statement-breakpoint
CREATE POLICY activity_signup_own ON "activity_signup" FOR ALL TO lianxin_app
  USING (account_id = (SELECT lianxin_account())) WITH CHECK (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY activity_signup_staff ON "activity_signup" FOR ALL TO lianxin_staff
  USING (EXISTS (SELECT 1 FROM activity a WHERE a.id = activity_signup.activity_id
    AND a.place_path <@ (SELECT lianxin_scope())))
  WITH CHECK (EXISTS (SELECT 1 FROM activity a WHERE a.id = activity_signup.activity_id
    AND a.place_path <@ (SELECT lianxin_scope())));--> statement-breakpoint
-- The waiting list moves up and the counts follow, whoever changed a sign-up: a resident's cancellation promotes
-- someone else's row, which the resident may not write, so this runs as its owner. The caller holds the
-- activity's advisory lock (activities/signups.ts), so the counts it reads are the last committed ones.
CREATE OR REPLACE FUNCTION lianxin_activity_settle(a uuid) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  SELECT capacity INTO cap FROM activity WHERE id = a;
  SELECT count(*) INTO taken FROM activity_signup WHERE activity_id = a AND status = 'confirmed';
  IF taken < cap THEN
    UPDATE activity_signup SET status = 'confirmed', promoted_at = now()
      WHERE id IN (SELECT id FROM activity_signup WHERE activity_id = a AND status = 'waitlisted'
        ORDER BY seq LIMIT cap - taken);
  END IF;
  UPDATE activity SET
    confirmed_count = (SELECT count(*) FROM activity_signup WHERE activity_id = a AND status = 'confirmed'),
    waitlist_count = (SELECT count(*) FROM activity_signup WHERE activity_id = a AND status = 'waitlisted')
  WHERE id = a;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_activity_settle(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_activity_settle(uuid) TO lianxin_app, lianxin_system;
--> statement-breakpoint
-- A sign-up's place on the waiting list: a resident may read only their own row, yet needs to know how many
-- wait before them. Answers a number, nothing about the others.
CREATE OR REPLACE FUNCTION lianxin_activity_waitlist_position(activity uuid, seq bigint) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::int FROM activity_signup w
  WHERE w.activity_id = $1 AND w.status = 'waitlisted' AND w.seq <= $2
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_activity_waitlist_position(uuid, bigint) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_activity_waitlist_position(uuid, bigint) TO lianxin_app, lianxin_system;

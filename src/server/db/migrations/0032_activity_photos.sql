CREATE TABLE "activity_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"storage_key" text NOT NULL,
	"public_key" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_photo" ADD CONSTRAINT "activity_photo_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_photo" ADD CONSTRAINT "activity_photo_added_by_account_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_photo_activity_idx" ON "activity_photo" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_photo_place_path_gist" ON "activity_photo" USING gist ("place_path");--> statement-breakpoint
ALTER TABLE "activity_photo" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_photo" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY activity_photo_system ON "activity_photo" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "activity_photo" FROM lianxin_app;--> statement-breakpoint
-- Read like activities, by every signed-in caller (residents see what an activity they may join looked like);
-- added and removed by the offices over the activity's place (activities/photos.ts checks the organiser).
GRANT SELECT ON "activity_photo" TO lianxin_app;--> statement-breakpoint
CREATE POLICY activity_photo_read ON "activity_photo" FOR SELECT TO lianxin_app USING (true);--> statement-breakpoint
GRANT INSERT, DELETE ON "activity_photo" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY activity_photo_insert ON "activity_photo" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY activity_photo_delete ON "activity_photo" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A place move (places/repo.ts rewriteSubtree) rewrites every place_path column within the mover's subtree.
GRANT UPDATE (place_path) ON "activity_photo" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY activity_photo_move ON "activity_photo" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));

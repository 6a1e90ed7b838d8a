CREATE TABLE "room_booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"booked_by" uuid,
	"activity_id" uuid,
	"status" text DEFAULT 'booked' NOT NULL,
	"contact_name" text NOT NULL,
	"phone_enc" text,
	"cancelled_by" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "station_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"storage_key" text NOT NULL,
	"public_key" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "station_room" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"capacity" integer,
	"hours" jsonb NOT NULL,
	"closed_on_holidays" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_room_name_uq" UNIQUE("station_id","name")
);
--> statement-breakpoint
ALTER TABLE "station" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "station" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_room_id_station_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."station_room"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_booked_by_account_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_cancelled_by_account_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_photo" ADD CONSTRAINT "station_photo_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_photo" ADD CONSTRAINT "station_photo_added_by_account_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_room" ADD CONSTRAINT "station_room_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_booking_room_idx" ON "room_booking" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_booking_station_idx" ON "room_booking" USING btree ("station_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_booking_activity_idx" ON "room_booking" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "room_booking_place_path_gist" ON "room_booking" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "station_photo_station_idx" ON "station_photo" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "station_photo_place_path_gist" ON "station_photo" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "station_room_place_path_gist" ON "station_room" USING gist ("place_path");--> statement-breakpoint
ALTER TABLE "station" ADD CONSTRAINT "station_parent_id_station_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "station_parent_idx" ON "station" USING btree ("parent_id");--> statement-breakpoint
-- The old list of room names becomes rows: a kind read from the name, open Monday to Friday 08:30–17:30 until
-- the office sets each room's own hours.
INSERT INTO "station_room" ("station_id", "place_path", "name", "kind", "hours", "sort")
SELECT DISTINCT ON (s.id, r.name) s.id, s.place_path, r.name,
  CASE
    WHEN r.name LIKE '%阅览%' OR r.name LIKE '%书%' THEN 'reading'
    WHEN r.name LIKE '%心理%' OR r.name LIKE '%咨询%' THEN 'counselling'
    WHEN r.name LIKE '%康养%' OR r.name LIKE '%养老%' THEN 'care'
    WHEN r.name LIKE '%便民%' THEN 'service_space'
    WHEN r.name LIKE '%村史%' OR r.name LIKE '%馆%' THEN 'village_history'
    WHEN r.name LIKE '%议事%' OR r.name LIKE '%会议%' THEN 'meeting'
    WHEN r.name LIKE '%志愿%' THEN 'volunteer'
    WHEN r.name LIKE '%课堂%' THEN 'classroom'
    WHEN r.name LIKE '%休息%' THEN 'rest'
    WHEN r.name LIKE '%活动%' THEN 'activity'
    ELSE 'other'
  END,
  (SELECT jsonb_agg(jsonb_build_object('weekday', d, 'opens', '08:30', 'closes', '17:30')) FROM generate_series(1, 5) d),
  r.ord - 1
FROM "station" s, jsonb_array_elements_text(s.rooms) WITH ORDINALITY AS r(name, ord)
WHERE btrim(r.name) <> ''
ORDER BY s.id, r.name, r.ord;--> statement-breakpoint
ALTER TABLE "station" DROP COLUMN "rooms";
--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "station_room" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "station_room" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "room_booking" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "room_booking" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "station_photo" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "station_photo" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY station_room_system ON "station_room" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY room_booking_system ON "room_booking" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY station_photo_system ON "station_photo" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "station_room", "room_booking", "station_photo" FROM lianxin_app;--> statement-breakpoint
-- Rooms: read like their stations (the subtree and the offices above it); written by the station's office.
GRANT SELECT, INSERT, UPDATE, DELETE ON "station_room" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY station_room_read ON "station_room" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY station_room_insert ON "station_room" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY station_room_update ON "station_room" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY station_room_delete ON "station_room" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- Residents see the stations and rooms of their place chain (stations/nearby.ts filters by the home path, which
-- the database settings do not carry): names, rooms and hours are what a 阵地 posts at its door; phones stay
-- masked in the answer.
GRANT SELECT ON "station_room" TO lianxin_resident;--> statement-breakpoint
CREATE POLICY station_room_resident ON "station_room" FOR SELECT TO lianxin_resident USING (true);--> statement-breakpoint
CREATE POLICY station_resident ON "station" FOR SELECT TO lianxin_resident USING (true);--> statement-breakpoint
-- Bookings: staff who may read the station book its rooms (an office books a room of the town's 所 too); the
-- booker or the station's office cancels. Residents never book (docs/stations.md).
GRANT SELECT, INSERT, UPDATE ON "room_booking" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY room_booking_read ON "room_booking" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY room_booking_insert ON "room_booking" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY room_booking_update ON "room_booking" FOR UPDATE TO lianxin_staff
  USING (booked_by = (SELECT lianxin_account()) OR place_path <@ (SELECT lianxin_scope()))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
-- Photos: read like the station, added and removed by its office.
GRANT SELECT, INSERT, DELETE ON "station_photo" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY station_photo_read ON "station_photo" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY station_photo_insert ON "station_photo" FOR INSERT TO lianxin_staff
  WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY station_photo_delete ON "station_photo" FOR DELETE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A place move (places/repo.ts rewriteSubtree) rewrites every place_path column within the mover's subtree.
GRANT UPDATE (place_path) ON "station_photo" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY station_photo_move ON "station_photo" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));
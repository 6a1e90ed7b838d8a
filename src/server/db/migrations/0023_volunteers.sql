CREATE SEQUENCE "public"."volunteer_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "team" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"place_path" "ltree" NOT NULL,
	"service_brand" text,
	"station_id" uuid,
	"leader_id" uuid,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"place_path" "ltree" NOT NULL,
	"number" text NOT NULL,
	"real_name" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text,
	"is_party_member" boolean DEFAULT false NOT NULL,
	"party_branch" text,
	"party_work_unit" text,
	"home_community_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "volunteer_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "volunteer_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"applicant_path" "ltree" NOT NULL,
	"status" text NOT NULL,
	"real_name" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text,
	"is_party_member" boolean NOT NULL,
	"party_branch" text,
	"party_work_unit" text,
	"note" text,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_leader_id_account_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_home_community_id_place_id_fk" FOREIGN KEY ("home_community_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_application" ADD CONSTRAINT "volunteer_application_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_application" ADD CONSTRAINT "volunteer_application_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_application" ADD CONSTRAINT "volunteer_application_decided_by_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_place_path_gist" ON "team" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "volunteer_place_path_gist" ON "volunteer" USING gist ("place_path");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_id_number_hash_uq" ON "volunteer" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "volunteer_application_place_path_gist" ON "volunteer_application" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "volunteer_application_account_idx" ON "volunteer_application" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_application_pending_uq" ON "volunteer_application" USING btree ("account_id","unit_id") WHERE status = 'pending';--> statement-breakpoint
-- Like every table: enabled and forced, trusted code (the demo seed) sees every row.
ALTER TABLE "team" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "team" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer_application" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer_application" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY team_system ON "team" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY volunteer_system ON "volunteer" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY volunteer_application_system ON "volunteer_application" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- The public role has no grant (it is a member of nothing); staff and residents have lianxin_app's default grants.
-- A resident picks a team to join among those on their home's ancestors: they may read those units and teams
-- (units are otherwise closed to residents, whose scope is empty).
CREATE POLICY unit_resident_team_read ON "unit" FOR SELECT TO lianxin_resident
  USING (kind = 'volunteer_team' AND place_path @> (SELECT a.place_path FROM account a WHERE a.id = (SELECT lianxin_account())));--> statement-breakpoint
CREATE POLICY team_read ON "team" FOR SELECT TO lianxin_app
  USING (place_path <@ (SELECT lianxin_scope()) OR place_path @> (SELECT lianxin_scope())
    OR place_path @> (SELECT a.place_path FROM account a WHERE a.id = (SELECT lianxin_account())));--> statement-breakpoint
CREATE POLICY team_write ON "team" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A profile: the person themself, and the offices over the place it was made at.
CREATE POLICY volunteer_all ON "volunteer" FOR ALL TO lianxin_app
  USING (place_path <@ (SELECT lianxin_scope()) OR account_id = (SELECT lianxin_account()))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR account_id = (SELECT lianxin_account()));--> statement-breakpoint
-- An application: the applicant, and the offices over the team (its leader serves there too).
CREATE POLICY volunteer_application_all ON "volunteer_application" FOR ALL TO lianxin_app
  USING (place_path <@ (SELECT lianxin_scope()) OR account_id = (SELECT lianxin_account()))
  WITH CHECK (place_path <@ (SELECT lianxin_scope()) OR account_id = (SELECT lianxin_account()));--> statement-breakpoint
REVOKE ALL ON "team", "volunteer", "volunteer_application" FROM lianxin_public;--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE "volunteer_number_seq" TO lianxin_app;

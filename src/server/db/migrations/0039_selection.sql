CREATE TABLE "monthly_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"attendees" text[] NOT NULL,
	"decisions" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_review_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"project_id" uuid,
	"ticket_id" uuid,
	"candidate_id" uuid,
	"round_id" uuid
);
--> statement-breakpoint
CREATE TABLE "selection_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"voter_id" uuid NOT NULL,
	"candidate_ids" uuid[] NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_ballot_voter_uq" UNIQUE("round_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "selection_candidate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"seq" integer NOT NULL,
	"source" text NOT NULL,
	"ticket_id" uuid,
	"review_id" uuid,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"budget" bigint,
	"place_id" uuid NOT NULL,
	"category" text NOT NULL,
	"proposer" text,
	"status" text NOT NULL,
	"reason" text,
	"votes" integer,
	"rank" integer,
	"is_winner" boolean DEFAULT false NOT NULL,
	"is_tie" boolean DEFAULT false NOT NULL,
	"project_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_rating" (
	"round_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"rating" text NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_rating_round_id_project_id_voter_id_pk" PRIMARY KEY("round_id","project_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "selection_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"choose_count" integer NOT NULL,
	"state" text NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_voter" (
	"round_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_voter_round_id_account_id_pk" PRIMARY KEY("round_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "monthly_review" ADD CONSTRAINT "monthly_review_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review" ADD CONSTRAINT "monthly_review_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ADD CONSTRAINT "monthly_review_task_review_id_monthly_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."monthly_review"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ADD CONSTRAINT "monthly_review_task_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ADD CONSTRAINT "monthly_review_task_candidate_id_selection_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."selection_candidate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ADD CONSTRAINT "monthly_review_task_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ADD CONSTRAINT "monthly_review_task_ticket_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_ballot" ADD CONSTRAINT "selection_ballot_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_ballot" ADD CONSTRAINT "selection_ballot_voter_id_account_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_review_id_monthly_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."monthly_review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_candidate" ADD CONSTRAINT "selection_candidate_ticket_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rating" ADD CONSTRAINT "selection_rating_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rating" ADD CONSTRAINT "selection_rating_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rating" ADD CONSTRAINT "selection_rating_voter_id_account_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_decided_by_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_voter" ADD CONSTRAINT "selection_voter_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_voter" ADD CONSTRAINT "selection_voter_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monthly_review_place_path_gist" ON "monthly_review" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "monthly_review_task_review_idx" ON "monthly_review_task" USING btree ("review_id","seq");--> statement-breakpoint
CREATE INDEX "selection_candidate_round_idx" ON "selection_candidate" USING btree ("round_id","seq");--> statement-breakpoint
CREATE INDEX "selection_candidate_place_path_gist" ON "selection_candidate" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "selection_round_place_path_gist" ON "selection_round" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "selection_voter_account_idx" ON "selection_voter" USING btree ("account_id");--> statement-breakpoint
-- Like every table: enabled and forced; trusted code (the demo seed) sees every row.
ALTER TABLE "selection_round" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_round" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_candidate" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_candidate" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_voter" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_voter" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_ballot" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_ballot" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_rating" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "selection_rating" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "monthly_review" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "monthly_review" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "monthly_review_task" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "monthly_review_task" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY selection_round_system ON "selection_round" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY selection_candidate_system ON "selection_candidate" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY selection_voter_system ON "selection_voter" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY selection_ballot_system ON "selection_ballot" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY selection_rating_system ON "selection_rating" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY monthly_review_system ON "monthly_review" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY monthly_review_task_system ON "monthly_review_task" FOR ALL TO lianxin_system USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "selection_round", "selection_candidate", "selection_voter", "selection_ballot", "selection_rating",
  "monthly_review", "monthly_review_task" FROM lianxin_app;--> statement-breakpoint
-- The offices of the subtree run rounds and reviews and read everything of them, ballots included (to count).
GRANT SELECT, INSERT, UPDATE, DELETE ON "selection_round", "selection_candidate", "selection_voter",
  "monthly_review", "monthly_review_task" TO lianxin_staff;--> statement-breakpoint
GRANT SELECT, INSERT ON "selection_ballot", "selection_rating" TO lianxin_staff, lianxin_resident;--> statement-breakpoint
CREATE POLICY selection_round_staff ON "selection_round" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY selection_candidate_staff ON "selection_candidate" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY selection_voter_staff ON "selection_voter" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY selection_ballot_staff ON "selection_ballot" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY selection_rating_staff ON "selection_rating" FOR SELECT TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY monthly_review_staff ON "monthly_review" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY monthly_review_task_staff ON "monthly_review_task" FOR ALL TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
-- A registered voter (a deputy or representative, staff or resident, wherever they sit) reads the rounds they
-- vote in, those rounds' candidates and their own registration, and casts and reads only their own ballot and
-- ratings — each only as a voter of that round.
GRANT SELECT ON "selection_round", "selection_candidate", "selection_voter" TO lianxin_resident;--> statement-breakpoint
CREATE POLICY selection_voter_own ON "selection_voter" FOR SELECT TO lianxin_staff, lianxin_resident
  USING (account_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY selection_round_voter ON "selection_round" FOR SELECT TO lianxin_staff, lianxin_resident
  USING (id IN (SELECT v.round_id FROM selection_voter v WHERE v.account_id = (SELECT lianxin_account())));--> statement-breakpoint
CREATE POLICY selection_candidate_voter ON "selection_candidate" FOR SELECT TO lianxin_staff, lianxin_resident
  USING (round_id IN (SELECT v.round_id FROM selection_voter v WHERE v.account_id = (SELECT lianxin_account())));--> statement-breakpoint
CREATE POLICY selection_ballot_own ON "selection_ballot" FOR SELECT TO lianxin_staff, lianxin_resident
  USING (voter_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY selection_ballot_cast ON "selection_ballot" FOR INSERT TO lianxin_staff, lianxin_resident
  WITH CHECK (voter_id = (SELECT lianxin_account()) AND round_id IN
    (SELECT v.round_id FROM selection_voter v WHERE v.account_id = (SELECT lianxin_account())));--> statement-breakpoint
CREATE POLICY selection_rating_own ON "selection_rating" FOR SELECT TO lianxin_staff, lianxin_resident
  USING (voter_id = (SELECT lianxin_account()));--> statement-breakpoint
CREATE POLICY selection_rating_cast ON "selection_rating" FOR INSERT TO lianxin_staff, lianxin_resident
  WITH CHECK (voter_id = (SELECT lianxin_account()) AND round_id IN
    (SELECT v.round_id FROM selection_voter v WHERE v.account_id = (SELECT lianxin_account())));--> statement-breakpoint
-- Published results: decided rounds, their candidates' counts and the satisfaction counts. Never a voter's
-- identity, a proposer, a ticket or a rejection reason: those columns are not granted.
GRANT SELECT ("id", "place_id", "place_path", "name", "year", "choose_count", "state", "decided_at")
  ON "selection_round" TO lianxin_public;--> statement-breakpoint
CREATE POLICY selection_round_public ON "selection_round" FOR SELECT TO lianxin_public
  USING (state = 'decided');--> statement-breakpoint
GRANT SELECT ("id", "round_id", "seq", "name", "summary", "budget", "category", "status", "votes", "rank",
  "is_winner", "is_tie", "project_id") ON "selection_candidate" TO lianxin_public;--> statement-breakpoint
CREATE POLICY selection_candidate_public ON "selection_candidate" FOR SELECT TO lianxin_public
  USING (round_id IN (SELECT r.id FROM selection_round r WHERE r.state = 'decided'));--> statement-breakpoint
GRANT SELECT ("round_id") ON "selection_voter", "selection_ballot" TO lianxin_public;--> statement-breakpoint
GRANT SELECT ("round_id", "project_id", "rating") ON "selection_rating" TO lianxin_public;--> statement-breakpoint
CREATE POLICY selection_voter_public ON "selection_voter" FOR SELECT TO lianxin_public
  USING (round_id IN (SELECT r.id FROM selection_round r WHERE r.state = 'decided'));--> statement-breakpoint
CREATE POLICY selection_ballot_public ON "selection_ballot" FOR SELECT TO lianxin_public
  USING (round_id IN (SELECT r.id FROM selection_round r WHERE r.state = 'decided'));--> statement-breakpoint
CREATE POLICY selection_rating_public ON "selection_rating" FOR SELECT TO lianxin_public
  USING (round_id IN (SELECT r.id FROM selection_round r WHERE r.state = 'decided'));--> statement-breakpoint
-- A place move (places/repo.ts rewriteSubtree) rewrites every place_path column within the mover's subtree.
GRANT UPDATE (place_path) ON "selection_ballot", "selection_rating" TO lianxin_staff;--> statement-breakpoint
CREATE POLICY selection_ballot_move ON "selection_ballot" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));--> statement-breakpoint
CREATE POLICY selection_rating_move ON "selection_rating" FOR UPDATE TO lianxin_staff
  USING (place_path <@ (SELECT lianxin_scope())) WITH CHECK (place_path <@ (SELECT lianxin_scope()));

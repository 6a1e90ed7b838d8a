CREATE TABLE "category" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "category_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "deadline_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text,
	"category_id" uuid,
	"urgency" text,
	"response_hours" integer NOT NULL,
	"handle_hours" integer NOT NULL,
	"is_calendar_time" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"ticket_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "open311_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"channel" text DEFAULT 'external' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_key_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"account_id" uuid,
	"ticket_id" uuid,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_message_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "ticket" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"category_id" uuid,
	"channel" text NOT NULL,
	"place_id" uuid NOT NULL,
	"place_path" "ltree" NOT NULL,
	"owner_path" "ltree" NOT NULL,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"urgency" text NOT NULL,
	"horizon" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"submitter_id" uuid,
	"submitter_name" text,
	"submitter_phone_enc" text,
	"submitter_phone_hash" text,
	"is_anonymous" boolean DEFAULT false NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"unit_id" uuid,
	"claimant_id" uuid,
	"merged_into_id" uuid,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"return_count" integer DEFAULT 0 NOT NULL,
	"escalation_count" integer DEFAULT 0 NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"urge_count" integer DEFAULT 0 NOT NULL,
	"rating" text,
	"response_due_at" timestamp with time zone NOT NULL,
	"handle_due_at" timestamp with time zone NOT NULL,
	"warn_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"rated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone,
	"search_text" "tsvector",
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "ticket_number_uq" UNIQUE("district_id","number")
);
--> statement-breakpoint
CREATE TABLE "ticket_counter" (
	"district_id" uuid NOT NULL,
	"day" date NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "ticket_counter_district_id_day_pk" PRIMARY KEY("district_id","day")
);
--> statement-breakpoint
CREATE TABLE "ticket_event" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_event_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "ticket_follower" (
	"district_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_follower_district_id_ticket_id_account_id_pk" PRIMARY KEY("district_id","ticket_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "ticket_photo" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"event_id" uuid,
	"storage_key" text NOT NULL,
	"public_key" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_photo_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_calendar" (
	"day" date PRIMARY KEY NOT NULL,
	"is_workday" boolean NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "category" ADD CONSTRAINT "category_parent_id_category_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_rule" ADD CONSTRAINT "deadline_rule_category_id_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_category_id_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."category"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_place_id_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."place"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_submitter_id_account_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_created_by_id_account_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_claimant_id_account_id_fk" FOREIGN KEY ("claimant_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_district_id_ticket_id_ticket_district_id_id_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_follower" ADD CONSTRAINT "ticket_follower_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_follower" ADD CONSTRAINT "ticket_follower_district_id_ticket_id_ticket_district_id_id_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_photo" ADD CONSTRAINT "ticket_photo_district_id_ticket_id_ticket_district_id_id_fk" FOREIGN KEY ("district_id","ticket_id") REFERENCES "public"."ticket"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "category_parent_idx" ON "category" USING btree ("parent_id","sort");--> statement-breakpoint
CREATE INDEX "notification_account_idx" ON "notification" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox_message" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "ticket_place_path_gist" ON "ticket" USING gist ("place_path");--> statement-breakpoint
CREATE INDEX "ticket_owner_path_gist" ON "ticket" USING gist ("owner_path");--> statement-breakpoint
CREATE INDEX "ticket_state_created_idx" ON "ticket" USING btree ("district_id","state","created_at");--> statement-breakpoint
CREATE INDEX "ticket_created_idx" ON "ticket" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "ticket_unit_idx" ON "ticket" USING btree ("unit_id","state");--> statement-breakpoint
CREATE INDEX "ticket_submitter_idx" ON "ticket" USING btree ("submitter_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_due_idx" ON "ticket" USING btree ("state","handle_due_at");--> statement-breakpoint
CREATE INDEX "ticket_search_gin" ON "ticket" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "ticket_title_trgm" ON "ticket" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ticket_event_ticket_idx" ON "ticket_event" USING btree ("district_id","ticket_id","at");--> statement-breakpoint
CREATE INDEX "ticket_event_action_idx" ON "ticket_event" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "ticket_follower_account_idx" ON "ticket_follower" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "ticket_photo_ticket_idx" ON "ticket_photo" USING btree ("district_id","ticket_id");
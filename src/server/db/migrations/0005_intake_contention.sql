-- Ticket numbers from a sequence instead of a counter row per district and day: the row was locked by every
-- intake until commit and serialised a district's intake (docs/performance.md).
CREATE SEQUENCE "public"."ticket_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE "public"."ticket_number_seq" TO lianxin_app;--> statement-breakpoint
DROP TABLE "ticket_counter" CASCADE;

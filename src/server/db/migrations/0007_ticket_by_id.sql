DROP INDEX "ticket_photo_ticket_idx";--> statement-breakpoint
CREATE INDEX "ticket_id_idx" ON "ticket" USING btree ("id");--> statement-breakpoint
CREATE INDEX "ticket_photo_ticket_idx" ON "ticket_photo" USING btree ("ticket_id","district_id");
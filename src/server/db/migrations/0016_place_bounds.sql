ALTER TABLE "place" ADD COLUMN "bounds" jsonb;--> statement-breakpoint
-- A resident's ticket carries the phone to call them back on, copied from their account at intake; tickets
-- written before that copy get it now (the same encrypted value and blind index, nothing decrypted here).
UPDATE "ticket" SET "submitter_phone_enc" = a."phone_enc", "submitter_phone_hash" = a."phone_hash"
  FROM "account" a
  WHERE "ticket"."submitter_id" = a."id" AND "ticket"."submitter_phone_enc" IS NULL AND a."phone_enc" IS NOT NULL;

-- The statistics' roll-up gets coarser (docs/rollups.md): its rows were keyed down to the building and the day,
-- which barely compressed; now by the ticket's community (its path cut after three labels), with a day grain and
-- a month grain. The rows already there are summed into the coarser ones, so it stays exact without a rebuild.
ALTER TABLE "ticket_rollup" DROP CONSTRAINT "ticket_rollup_key_uq";--> statement-breakpoint
ALTER TABLE "ticket_rollup" ADD COLUMN "grain" text NOT NULL DEFAULT 'day';--> statement-breakpoint
ALTER TABLE "ticket_rollup" ALTER COLUMN "grain" DROP DEFAULT;--> statement-breakpoint
DO $$
DECLARE
  sums text;
  names text;
BEGIN
  -- Every summable column (counts c_, o_, r_, n_; sums s_), found in the catalogue.
  SELECT string_agg(format('sum(%1$I)::%2$s AS %1$I', column_name,
      CASE WHEN data_type = 'integer' THEN 'int' ELSE 'numeric' END),
      ', ' ORDER BY ordinal_position),
    string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position)
  INTO sums, names
  FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name = 'ticket_rollup' AND column_name ~ '^[corns]_';
  EXECUTE format('CREATE TEMP TABLE ticket_rollup_coarse AS
    SELECT district_id, g.grain,
      CASE WHEN g.grain = ''month'' THEN date_trunc(''month'', day)::date ELSE day END AS day,
      subpath(place_path, 0, least(nlevel(place_path), 3)) AS place_path, unit_id, %s
    FROM ticket_rollup CROSS JOIN (VALUES (''day''), (''month'')) AS g(grain)
    GROUP BY 1, 2, 3, 4, 5', sums);
  DELETE FROM ticket_rollup;
  EXECUTE format('INSERT INTO ticket_rollup (district_id, grain, day, place_path, unit_id, %s)
    SELECT * FROM ticket_rollup_coarse', names);
  DROP TABLE ticket_rollup_coarse;
END $$;--> statement-breakpoint
ALTER TABLE "ticket_rollup" ADD CONSTRAINT "ticket_rollup_key_uq" UNIQUE NULLS NOT DISTINCT("district_id","grain","day","place_path","unit_id");--> statement-breakpoint
-- A community's row sums tickets of places a resident (or a worker below the community) cannot see: the move
-- that finishes a ticket writes it as trusted code (stats/rollup.ts addFinishedTicket), so residents need
-- neither a grant nor a policy any more. Staff still read and write the rows of their subtree.
DROP POLICY ticket_rollup_resident ON "ticket_rollup";--> statement-breakpoint
REVOKE ALL ON "ticket_rollup" FROM lianxin_resident;

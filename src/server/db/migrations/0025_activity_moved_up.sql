-- The waiting list's settlement now answers whom it moved up (their accounts), so that the activity can tell
-- them they have a place: a resident who cancels promotes someone else, whose row they may not read.
DROP FUNCTION lianxin_activity_settle(uuid);--> statement-breakpoint
CREATE FUNCTION lianxin_activity_settle(a uuid) RETURNS SETOF uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  SELECT capacity INTO cap FROM activity WHERE id = a;
  SELECT count(*) INTO taken FROM activity_signup WHERE activity_id = a AND status = 'confirmed';
  IF taken < cap THEN
    RETURN QUERY
      WITH moved AS (
        UPDATE activity_signup SET status = 'confirmed', promoted_at = now()
          WHERE id IN (SELECT id FROM activity_signup WHERE activity_id = a AND status = 'waitlisted'
            ORDER BY seq LIMIT cap - taken)
          RETURNING account_id
      )
      SELECT account_id FROM moved WHERE account_id IS NOT NULL;
  END IF;
  UPDATE activity SET
    confirmed_count = (SELECT count(*) FROM activity_signup WHERE activity_id = a AND status = 'confirmed'),
    waitlist_count = (SELECT count(*) FROM activity_signup WHERE activity_id = a AND status = 'waitlisted')
  WHERE id = a;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION lianxin_activity_settle(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lianxin_activity_settle(uuid) TO lianxin_app, lianxin_system;

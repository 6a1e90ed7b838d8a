-- Filled in by its change.
SELECT 1;

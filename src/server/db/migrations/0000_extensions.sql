-- Extensions both PGlite and Debian's PostgreSQL 15 ship: tree paths, trigram similarity, GIN on scalars.
CREATE EXTENSION IF NOT EXISTS ltree;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;

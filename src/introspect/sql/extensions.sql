-- Every installed extension, wherever it lives (plpgsql included): which ones
-- matter is for the differ to decide.
SELECT
    x.extname::text AS name,
    n.nspname::text AS schema,
    x.extversion AS version
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
ORDER BY x.extname

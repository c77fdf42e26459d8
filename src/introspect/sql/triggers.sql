-- User triggers (not the internal ones that implement foreign keys).
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    t.tgrelid AS table_oid,
    t.tgname::text AS name,
    pg_catalog.pg_get_triggerdef(t.oid) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT t.tgisinternal
ORDER BY t.tgrelid, t.tgname

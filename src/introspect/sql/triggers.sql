-- User triggers (not the internal ones that implement foreign keys).
SELECT
    t.tgrelid AS table_oid,
    t.tgname::text AS name,
    pg_get_triggerdef(t.oid) AS definition
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT t.tgisinternal
ORDER BY t.tgrelid, t.tgname

-- Enum types with their values in sort order (enumsortorder, which is what
-- ALTER TYPE ... ADD VALUE BEFORE/AFTER changes), not creation order.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    n.nspname::text AS schema,
    t.typname::text AS name,
    ARRAY(
        SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
        WHERE e.enumtypid = t.oid
        ORDER BY e.enumsortorder
    ) AS "values"
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY($1)
  AND t.typtype = 'e'
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend dep
      WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
        AND dep.objid = t.oid AND dep.deptype = 'e'
  )
ORDER BY n.nspname, t.typname

-- Functions, procedures, aggregates and window functions defined in the
-- namespaces, except those an extension installed.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    n.nspname::text AS schema,
    p.proname::text AS name,
    pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments,
    p.prokind::text AS kind
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY($1)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend dep
      WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
        AND dep.objid = p.oid AND dep.deptype = 'e'
  )
ORDER BY n.nspname, p.proname, 3

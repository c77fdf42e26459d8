-- Views and materialized views, with their definition as PostgreSQL prints it.
-- catalog_position is where the pg_class row is stored (ctid order, which a
-- scan of pg_class returns): Prisma's db pull lists new views in that order.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    c.oid AS view_oid,
    n.nspname::text AS schema,
    c.relname::text AS name,
    c.relkind = 'm' AS materialized,
    pg_catalog.pg_get_viewdef(c.oid) AS definition,
    pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
    pg_catalog.row_number() OVER (ORDER BY c.ctid) AS catalog_position
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend dep
      WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
        AND dep.objid = c.oid AND dep.deptype = 'e'
  )
ORDER BY n.nspname, c.relname

-- Ordinary and partitioned tables. Partitions are left out: they belong to
-- their partitioned parent, which is listed with `partitioned`. Tables that an
-- extension created (e.g. PostGIS's spatial_ref_sys) are left out too. Tables
-- with partitions, or that other tables inherit from (`INHERITS`), have `has_children`.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    c.oid AS table_oid,
    n.nspname::text AS schema,
    c.relname::text AS name,
    c.relkind = 'p' AS partitioned,
    c.relrowsecurity AS row_level_security,
    EXISTS (
        SELECT 1 FROM pg_catalog.pg_inherits inh WHERE inh.inhparent = c.oid
    ) AS has_children,
    d.description AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
    ON d.objoid = c.oid
    AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.objsubid = 0
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend dep
      WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
        AND dep.objid = c.oid AND dep.deptype = 'e'
  )
ORDER BY n.nspname, c.relname

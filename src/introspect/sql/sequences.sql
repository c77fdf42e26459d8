-- Sequences, with the column that owns them (serial columns, OWNED BY). The
-- sequences behind identity columns are left out: the column says it is an
-- identity, and its sequence is an implementation detail.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    n.nspname::text AS schema,
    c.relname::text AS name,
    owner.relname::text AS owner_table,
    a.attname::text AS owner_column
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d
    ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.objid = c.oid
    AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.deptype = 'a'
    AND d.refobjsubid > 0
LEFT JOIN pg_catalog.pg_class owner ON owner.oid = d.refobjid
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE n.nspname = ANY($1)
  AND c.relkind = 'S'
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend dep
      WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
        AND dep.objid = c.oid AND dep.deptype IN ('e', 'i')
  )
ORDER BY n.nspname, c.relname

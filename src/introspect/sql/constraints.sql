-- Primary keys, foreign keys, CHECK, UNIQUE and EXCLUDE constraints of the
-- tables of tables.sql. Column lists keep the constraint's order. Constraints
-- PostgreSQL clones for partitions (conparentid <> 0) are left out.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    con.conrelid AS table_oid,
    con.conname::text AS name,
    con.contype::text AS kind,
    con.conindid AS index_oid,
    con.condeferrable AS deferrable,
    con.condeferred AS initially_deferred,
    con.convalidated AS validated,
    con.conenforced AS enforced,
    ARRAY(
        SELECT a.attname::text
        FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
        ORDER BY k.ord
    ) AS columns,
    rn.nspname::text AS referenced_schema,
    rc.relname::text AS referenced_table,
    ARRAY(
        SELECT a.attname::text
        FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
        ORDER BY k.ord
    ) AS referenced_columns,
    con.confdeltype::text AS on_delete,
    con.confupdtype::text AS on_update,
    CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND con.contype IN ('p', 'f', 'c', 'u', 'x')
  AND con.conparentid OPERATOR(pg_catalog.=) 0
ORDER BY con.conrelid, con.conname

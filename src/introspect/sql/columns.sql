-- Columns of the tables of tables.sql and of views, in attnum order. Arrays are described
-- by their element type; the type modifier applies to the element.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    a.attrelid AS table_oid,
    a.attname::text AS name,
    et.typname::text AS type_name,
    etn.nspname::text AS type_schema,
    et.typtype::text AS type_type,
    (t.typcategory = 'A' AND t.typelem OPERATOR(pg_catalog.<>) 0) AS is_array,
    a.atttypmod AS type_mod,
    pg_catalog.format_type(et.oid, a.atttypmod) AS type_format,
    a.attnotnull AS not_null,
    -- Only a generated column's expression names columns; for the others the relation is
    -- not given, so that printing thousands of defaults opens no table.
    pg_catalog.pg_get_expr(
        ad.adbin,
        CASE WHEN a.attgenerated = '' THEN 0::pg_catalog.oid ELSE ad.adrelid END
    ) AS default_expr,
    a.attidentity::text AS identity,
    a.attgenerated::text AS generated,
    CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation,
    d.description AS comment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et
    ON et.oid = CASE
        WHEN t.typcategory = 'A' AND t.typelem OPERATOR(pg_catalog.<>) 0 THEN t.typelem
        ELSE t.oid
    END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_description d
    ON d.objoid = a.attrelid
    AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.objsubid = a.attnum
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p', 'v', 'm')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum

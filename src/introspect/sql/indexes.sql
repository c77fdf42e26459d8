-- Indexes of the tables of tables.sql, but not the primary key's. One row per
-- index, with parallel arrays per index column (key columns first, then the
-- INCLUDE columns; indoption and indclass cover key columns only).
-- `i.indnullsnotdistinct` exists from PostgreSQL 15 on; for older servers the
-- caller replaces it with `false`.
-- Functions and inexact operators are qualified: see setup.sql.
SELECT
    i.indrelid AS table_oid,
    ic.relname::text AS name,
    i.indisunique AS is_unique,
    am.amname::text AS method,
    i.indnkeyatts::int4 AS key_count,
    pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
    i.indnullsnotdistinct AS nulls_not_distinct,
    i.indexrelid AS index_oid,
    keys.names AS key_names,
    keys.expressions AS key_is_expression,
    i.indoption::int2[] AS key_options,
    classes.names AS opclass_names,
    classes.defaults AS opclass_defaults
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL (
    SELECT
        pg_catalog.array_agg(
            CASE WHEN k.attnum = 0
                THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int4, true)
                ELSE a.attname::text
            END
            ORDER BY k.ord
        ) AS names,
        pg_catalog.array_agg(k.attnum = 0 ORDER BY k.ord) AS expressions
    FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
) AS keys
CROSS JOIN LATERAL (
    SELECT
        pg_catalog.array_agg(oc.opcname::text ORDER BY k.ord) AS names,
        pg_catalog.array_agg(coalesce(oc.opcdefault, true) ORDER BY k.ord) AS defaults
    FROM pg_catalog.unnest(i.indclass::oid[]) WITH ORDINALITY AS k(opclass, ord)
    LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opclass
) AS classes
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT i.indisprimary
ORDER BY i.indrelid, ic.relname

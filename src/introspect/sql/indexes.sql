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
    i.indisexclusion AS is_exclusion,
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
-- Each key's name is looked up by its catalog key (a subquery per key): a join here made
-- the planner read all of the table's pg_attribute rows once per index.
CROSS JOIN LATERAL (
    SELECT
        pg_catalog.array_agg(
            CASE WHEN k.attnum = 0
                THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int4, true)
                ELSE (
                    SELECT a.attname::text
                    FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum
                )
            END
            ORDER BY k.ord
        ) AS names,
        pg_catalog.array_agg(k.attnum = 0 ORDER BY k.ord) AS expressions
    FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
) AS keys
-- Operator classes of every index at once: one join with pg_opclass, not one per index.
JOIN (
    SELECT
        k.indexrelid,
        pg_catalog.array_agg(o.opcname::text ORDER BY k.ord) AS names,
        pg_catalog.array_agg(coalesce(o.opcdefault, true) ORDER BY k.ord) AS defaults
    FROM (
        SELECT x.indexrelid, u.opclass, u.ord
        FROM pg_catalog.pg_index x
        CROSS JOIN pg_catalog.unnest(x.indclass::oid[]) WITH ORDINALITY AS u(opclass, ord)
    ) AS k
    LEFT JOIN pg_catalog.pg_opclass o ON o.oid = k.opclass
    GROUP BY k.indexrelid
) AS classes ON classes.indexrelid = i.indexrelid
WHERE n.nspname = ANY($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND NOT i.indisprimary
ORDER BY i.indrelid, ic.relname

-- The audit's data query: one row, whatever the table count.
-- $1: namespaces (text[]). Tables as in introspect/sql/tables.sql (ordinary and
-- partitioned, no partitions, no extension members); a partitioned table
-- counts its partitions.
-- estimated_rows is pg_class.reltuples, the planner's estimate as of the last
-- VACUUM / ANALYZE; NULL when a table was never analyzed: -1 since
-- PostgreSQL 14, and 0 before it, where 0 also means "analyzed and empty":
-- there a 0 counts only when a VACUUM or ANALYZE time is recorded
-- (pg_stat_user_tables' last_*vacuum / last_*analyze). total_bytes is pg_total_relation_size: heap, indexes, TOAST.
-- Runs after START_READ_ONLY (search_path pg_catalog, pg_temp); functions and
-- the operators that need a cast are qualified all the same, as in
-- introspect/sql/setup.sql, which explains why.
WITH stats AS (
    SELECT
        n.nspname::text AS schema,
        c.relname::text AS name,
        CASE WHEN c.relkind = 'p' THEN (
            SELECT CASE
                WHEN pg_catalog.bool_and(l.reltuples OPERATOR(pg_catalog.>) 0 OR (
                    l.reltuples OPERATOR(pg_catalog.=) 0 AND coalesce(
                        pg_catalog.pg_stat_get_last_analyze_time(l.oid),
                        pg_catalog.pg_stat_get_last_autoanalyze_time(l.oid),
                        pg_catalog.pg_stat_get_last_vacuum_time(l.oid),
                        pg_catalog.pg_stat_get_last_autovacuum_time(l.oid)) IS NOT NULL))
                THEN pg_catalog.sum(l.reltuples)::float8
            END
            FROM pg_catalog.pg_partition_tree(c.oid::pg_catalog.regclass) AS t
            JOIN pg_catalog.pg_class l ON l.oid OPERATOR(pg_catalog.=) t.relid
            WHERE t.isleaf
        ) ELSE (
            CASE
                WHEN c.reltuples OPERATOR(pg_catalog.>) 0 THEN c.reltuples::float8
                WHEN c.reltuples OPERATOR(pg_catalog.=) 0 AND coalesce(
                    pg_catalog.pg_stat_get_last_analyze_time(c.oid),
                    pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid),
                    pg_catalog.pg_stat_get_last_vacuum_time(c.oid),
                    pg_catalog.pg_stat_get_last_autovacuum_time(c.oid)) IS NOT NULL
                THEN 0::float8
            END
        ) END AS estimated_rows,
        CASE WHEN c.relkind = 'p' THEN (
            SELECT coalesce(pg_catalog.sum(pg_catalog.pg_total_relation_size(t.relid)), 0)::int8
            FROM pg_catalog.pg_partition_tree(c.oid::pg_catalog.regclass) AS t
        ) ELSE pg_catalog.pg_total_relation_size(c.oid::pg_catalog.regclass)::int8 END AS total_bytes
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY($1)
      AND c.relkind IN ('r', 'p')
      AND NOT c.relispartition
      AND NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_depend dep
          WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
            AND dep.objid = c.oid AND dep.deptype = 'e'
      )
)
SELECT
    pg_catalog.current_setting('server_version') AS server_version,
    coalesce(pg_catalog.array_agg(schema ORDER BY schema, name), '{}') AS schemas,
    coalesce(pg_catalog.array_agg(name ORDER BY schema, name), '{}') AS names,
    coalesce(pg_catalog.array_agg(estimated_rows ORDER BY schema, name), '{}') AS estimated_rows,
    coalesce(pg_catalog.array_agg(total_bytes ORDER BY schema, name), '{}') AS total_bytes
FROM stats

-- The audit's data query: one row, whatever the table count.
-- $1: namespaces (text[]). Tables as in introspect/sql/tables.sql (ordinary and
-- partitioned, no partitions, no extension members); a partitioned table
-- counts its partitions.
-- estimated_rows is pg_class.reltuples, the planner's estimate as of the last
-- VACUUM / ANALYZE; NULL when a table was never analyzed (-1 since
-- PostgreSQL 14). total_bytes is pg_total_relation_size: heap, indexes, TOAST.
WITH stats AS (
    SELECT
        n.nspname::text AS schema,
        c.relname::text AS name,
        CASE WHEN c.relkind = 'p' THEN (
            SELECT CASE WHEN bool_and(l.reltuples >= 0) THEN sum(l.reltuples)::float8 END
            FROM pg_partition_tree(c.oid) AS t
            JOIN pg_class l ON l.oid = t.relid
            WHERE t.isleaf
        ) ELSE (
            CASE WHEN c.reltuples >= 0 THEN c.reltuples::float8 END
        ) END AS estimated_rows,
        CASE WHEN c.relkind = 'p' THEN (
            SELECT coalesce(sum(pg_total_relation_size(t.relid)), 0)::int8
            FROM pg_partition_tree(c.oid) AS t
        ) ELSE pg_total_relation_size(c.oid)::int8 END AS total_bytes
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY($1)
      AND c.relkind IN ('r', 'p')
      AND NOT c.relispartition
      AND NOT EXISTS (
          SELECT 1 FROM pg_depend dep
          WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e'
      )
)
SELECT
    current_setting('server_version') AS server_version,
    coalesce(array_agg(schema ORDER BY schema, name), '{}') AS schemas,
    coalesce(array_agg(name ORDER BY schema, name), '{}') AS names,
    coalesce(array_agg(estimated_rows ORDER BY schema, name), '{}') AS estimated_rows,
    coalesce(array_agg(total_bytes ORDER BY schema, name), '{}') AS total_bytes
FROM stats

-- The audit's security query: one row. $1: namespaces (text[]).
-- Tables as in table_stats.sql. For each: its owner, row-level security
-- (enabled, forced, how many policies) and the privileges granted to PUBLIC
-- (grantee 0 in aclexplode). Then the connecting role, whether it is a
-- superuser, and the namespaces where PUBLIC may CREATE.
-- Runs after START_READ_ONLY; functions and the operators that need a cast
-- are qualified, as in introspect/sql/setup.sql.
WITH t AS (
    SELECT
        n.nspname::text AS schema,
        c.relname::text AS name,
        pg_catalog.pg_get_userbyid(c.relowner)::text AS owner,
        c.relrowsecurity AS rls,
        c.relforcerowsecurity AS force_rls,
        (SELECT pg_catalog.count(*) FROM pg_catalog.pg_policy p
          WHERE p.polrelid OPERATOR(pg_catalog.=) c.oid)::int8 AS policies,
        coalesce((SELECT pg_catalog.string_agg(a.privilege_type, ',' ORDER BY a.privilege_type)
          FROM pg_catalog.aclexplode(c.relacl) a
          WHERE a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid), '') AS public_privileges
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
    CURRENT_USER::text AS role,
    coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER), false) AS superuser,
    coalesce((SELECT pg_catalog.array_agg(n.nspname::text ORDER BY n.nspname)
        FROM pg_catalog.pg_namespace n
        WHERE n.nspname = ANY($1)
          AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(n.nspacl) a
                      WHERE a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid
                        AND a.privilege_type = 'CREATE')), '{}') AS public_create,
    coalesce((SELECT pg_catalog.array_agg(schema ORDER BY schema, name) FROM t), '{}') AS schemas,
    coalesce((SELECT pg_catalog.array_agg(name ORDER BY schema, name) FROM t), '{}') AS names,
    coalesce((SELECT pg_catalog.array_agg(owner ORDER BY schema, name) FROM t), '{}') AS owners,
    coalesce((SELECT pg_catalog.array_agg(rls ORDER BY schema, name) FROM t), '{}') AS rls,
    coalesce((SELECT pg_catalog.array_agg(force_rls ORDER BY schema, name) FROM t), '{}') AS force_rls,
    coalesce((SELECT pg_catalog.array_agg(policies ORDER BY schema, name) FROM t), '{}') AS policies,
    coalesce((SELECT pg_catalog.array_agg(public_privileges ORDER BY schema, name) FROM t), '{}') AS public_privileges

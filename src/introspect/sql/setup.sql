-- Runs first, inside the introspection transaction.
-- $1: namespaces to introspect (text[]); $2: statement timeout in milliseconds (text);
-- $3: whether the schemas extensions live in join the path (boolean).
-- The search_path is fixed so that everything PostgreSQL prints below
-- (pg_get_expr, format_type, pg_get_indexdef, ...) qualifies names the same way
-- whatever the caller's session settings: the introspected namespaces first, then,
-- when $3, the schemas extensions live in (so `uuid_generate_v4()` reads as users
-- write it; Prisma's db pull leaves them off and prints `extensions.uuid_generate_v4()`).
-- pg_catalog never joins the path (plpgsql lives in it): listed after the
-- introspected namespaces it would no longer be searched first.
--
-- The introspected schemas belong to whoever owns the database, who may be
-- hostile, and they are on that path for every query after this one. pg_catalog
-- is not listed, so PostgreSQL searches it first: a call whose argument types
-- match a pg_catalog function or operator exactly resolves to it. Every other
-- call could be captured by an exact match in those schemas (a function taking
-- `smallint[]` beats the polymorphic `unnest(anyarray)`, an `=(oid, integer)`
-- beats `oid = oid` with a cast), so the queries here call every function as
-- `pg_catalog.f(...)` and write each operator whose operands are not of one
-- builtin signature (oid against an integer literal or a regclass, real against
-- an integer) as `OPERATOR(pg_catalog.op)`. Type names and catalog relations
-- resolve in pg_catalog first as well.
SELECT
    pg_catalog.current_setting('server_version_num')::pg_catalog.int4 AS server_version,
    pg_catalog.set_config('statement_timeout',
        coalesce($2, pg_catalog.current_setting('statement_timeout')), true) AS statement_timeout,
    pg_catalog.set_config(
        'search_path',
        coalesce((
            SELECT pg_catalog.string_agg(pg_catalog.quote_ident(name), ', ' ORDER BY position)
            FROM (
                SELECT DISTINCT ON (name) name, position
                FROM (
                    SELECT ns.name, ns.position
                    FROM pg_catalog.unnest($1::pg_catalog.text[]) WITH ORDINALITY AS ns(name, position)
                    UNION ALL
                    SELECT n.nspname::pg_catalog.text,
                           1000000 + pg_catalog.row_number() OVER (ORDER BY n.nspname)
                    FROM pg_catalog.pg_extension x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
                    WHERE $3::pg_catalog.bool AND n.nspname <> 'pg_catalog'
                ) AS candidates
                ORDER BY name, position
            ) AS path
        ), ''),
        true
    ) AS search_path

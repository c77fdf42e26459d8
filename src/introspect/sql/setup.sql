-- Runs first, inside the introspection transaction.
-- $1: namespaces to introspect (text[]); $2: statement timeout in milliseconds (text).
-- The search_path is fixed so that everything PostgreSQL prints below
-- (pg_get_expr, format_type, pg_get_indexdef, ...) qualifies names the same way
-- whatever the caller's session settings: the introspected namespaces first, then
-- the schemas extensions live in (so `uuid_generate_v4()` reads as users write it).
SELECT
    current_setting('server_version_num')::int4 AS server_version,
    set_config('statement_timeout', $2, true) AS statement_timeout,
    set_config(
        'search_path',
        coalesce((
            SELECT string_agg(quote_ident(name), ', ' ORDER BY position)
            FROM (
                SELECT DISTINCT ON (name) name, position
                FROM (
                    SELECT ns.name, ns.position
                    FROM unnest($1::text[]) WITH ORDINALITY AS ns(name, position)
                    UNION ALL
                    SELECT n.nspname::text, 1000000 + row_number() OVER (ORDER BY n.nspname)
                    FROM pg_extension x
                    JOIN pg_namespace n ON n.oid = x.extnamespace
                ) AS candidates
                ORDER BY name, position
            ) AS path
        ), ''),
        true
    ) AS search_path

#!/usr/bin/env bash
# Scale: time and peak memory (max RSS) of the release binary on large inputs.
#
#   benches/scale.sh [SCHEMA_MB] [TABLES]
#
# 1. `validate` of a generated schema of SCHEMA_MB megabytes (default 50): models of 17
#    fields with defaults, native types, relations, indexes and comments, an enum every ten
#    models (benches/scale_schema.py writes it).
# 2. `check` of a database of TABLES tables (default 10000), each with a serial primary key,
#    a default, a foreign key and an index, against a schema that describes them all
#    (made with `pull`), on a scratch database of $DATABASE_URL's server (default
#    postgresql://postgres@127.0.0.1:5432/postgres), dropped at the end.
#
# Each is run RUNS times (default 3); the figures are the fastest run's wall time and the
# largest max RSS, from GNU time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
megabytes=${1:-50}
tables=${2:-10000}
runs=${RUNS:-3}
server=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
work=$(mktemp -d)
scratch="prisma_drift_scale_$$"
cleanup() {
    psql "$server" -qc "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin prisma-drift
drift="$root/target/release/prisma-drift"

# Runs "$@" RUNS times; prints "<fastest seconds> s, <largest max RSS> MB".
measure() {
    local best="" peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
            local code=$?
            # 2 is drift, which the database check may well report; anything else is a failure.
            [ "$code" -eq 2 ] || { cat "$work/stderr" >&2; exit 1; }
        }
        read -r seconds kilobytes <"$work/time"
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
        [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
    done
    echo "$best s, $((peak / 1024)) MB"
}

python3 "$root/benches/scale_schema.py" "$megabytes" >"$work/schema.prisma"
size=$(stat -c %s "$work/schema.prisma")
echo "validate, $((size / 1024 / 1024)) MB schema: $(measure "$drift" validate --schema "$work/schema.prisma")"

psql "$server" -qc "CREATE DATABASE $scratch" >/dev/null
url="${server%/*}/$scratch"
psql "$url" -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN FOR i IN 1..$tables LOOP
  EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, name text NOT NULL DEFAULT %L,
      created timestamptz NOT NULL DEFAULT now(), parent integer REFERENCES %I(id))',
      't' || i, 'x', 't' || greatest(i - 1, 1));
  EXECUTE format('CREATE INDEX %I ON %I (name, created DESC)', 't' || i || '_name_idx', 't' || i);
  IF i % 500 = 0 THEN COMMIT; END IF;
END LOOP; END \$\$;
SQL
printf 'datasource db {\n  provider = "postgresql"\n}\n' >"$work/pulled.prisma"
"$drift" pull --url "$url" --schema "$work/pulled.prisma" --print >"$work/db.prisma"
echo "check, $tables tables: $(measure "$drift" check --url "$url" --schema "$work/db.prisma")"

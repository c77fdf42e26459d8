#!/usr/bin/env bash
# Whole-process time of `prisma-drift pull --print` against Prisma's `db pull` (prisma-oracle:
# Prisma's engines compiled to WebAssembly, run by Node), side by side on the same database:
# trigger.dev's (85 tables, 48 enums), built from Prisma's own SQL on a scratch database of
# $DATABASE_URL's server, re-introspected with the project's schema. The scratch database is
# dropped at the end.
#
#   benches/pull_speed.sh [PROJECT]
#
# Environment:
#   DATABASE_URL         a superuser URL of the server (default postgresql://postgres@127.0.0.1:5432/postgres)
#   PRISMA_DRIFT_SHARED  the shared folder (default: ../shared next to the repository)
#   PRISMA_ORACLE_DIR    a prisma-oracle copy with node_modules installed (default: the shared one)
#   RUNS                 runs per command (default 10)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${PRISMA_DRIFT_SHARED:-$root/../shared}
project=${1:-trigger.dev}
runs=${RUNS:-10}
server=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
oracle_dir=${PRISMA_ORACLE_DIR:-$shared/tools/prisma-oracle}
project_dir="$shared/corpus/$project"
schema="$project_dir/expected/prisma7-schema/schema.prisma"
[ -e "$schema" ] || schema="$project_dir/schema.prisma"
[ -e "$schema" ] || schema="$project_dir/schema"

if [ ! -d "$project_dir" ] || [ ! -d "$oracle_dir/node_modules" ]; then
    echo "skipped: needs $project_dir and the oracle's node_modules in $oracle_dir" >&2
    exit 0
fi

scratch="prisma_drift_pull_speed_$$"
cleanup() { psql "$server" -qc "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true; }
trap cleanup EXIT
psql "$server" -qc "CREATE DATABASE $scratch" >/dev/null
# Both without TLS: node-postgres, under Prisma's adapter, connects without it unless told to.
url="${server%/*}/$scratch?sslmode=disable"
psql "$url" -q -v ON_ERROR_STOP=1 -f "$project_dir/expected/prisma-from-empty.sql" >/dev/null

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin prisma-drift
drift=("$root/target/release/prisma-drift" pull --print --url "$url" --schema "$schema")
prisma=(node "$oracle_dir/oracle.mjs" pull "$url" "$schema")

# Both must print the same schema, or the comparison means nothing.
if ! diff -q <("${drift[@]}" 2>/dev/null) <("${prisma[@]}" 2>/dev/null) >/dev/null; then
    echo "warning: the two outputs differ on $project" >&2
fi

# Mean wall time of a command in milliseconds, over RUNS runs after one warm-up.
mean_ms() {
    "$@" >/dev/null 2>&1
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
    end=$(date +%s%N)
    echo $(((end - start) / runs / 1000000))
}

drift_ms=$(mean_ms "${drift[@]}")
prisma_ms=$(mean_ms "${prisma[@]}")
echo "pull --print, $project, mean of $runs runs: prisma-drift ${drift_ms} ms, prisma ${prisma_ms} ms:" \
    "$(awk "BEGIN { printf \"%.1f\", $prisma_ms / ($drift_ms > 0 ? $drift_ms : 1) }")x faster"

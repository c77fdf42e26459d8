#!/usr/bin/env bash
# Whole-process time of `prisma-drift check` against Prisma's own drift check
# (`oracle.mjs drift`, Prisma's schema engine) on the same database: a fresh
# database built from Prisma's SQL for a corpus schema.
#
#   benches/check_vs_prisma.sh [PROJECT] [SERVER_URL]
#
# Defaults: trigger.dev (81 models, 48 enums), postgresql://postgres@127.0.0.1:5432/postgres.
# Needs hyperfine, psql, node; Prisma's engine is installed from the npm
# registry into a temporary copy of shared/tools/prisma-oracle.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-trigger.dev}
server=${2:-postgresql://postgres@127.0.0.1:5432/postgres}
shared=${PRISMA_DRIFT_SHARED:-../shared}
corpus=$shared/corpus/$project
schema=$corpus/schema.prisma; [ -e "$schema" ] || schema=$corpus/schema
prisma_schema=$corpus/expected/prisma7-schema; [ -e "$prisma_schema" ] || prisma_schema=$schema
oracle=${PRISMA_ORACLE_DIR:-/tmp/prisma-drift-oracle}
if [ ! -d "$oracle/node_modules" ]; then
  mkdir -p "$oracle" && cp -r "$shared/tools/prisma-oracle/." "$oracle/" && (cd "$oracle" && npm ci --silent)
fi
cargo build --release --quiet
db=prisma_drift_bench_check
base=${server%/*}
psql -q "$server" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
for ext in $(python3 -c "import json;print(' '.join(json.load(open('$corpus/expected/groundtruth.json'))['from_empty']['extensions_precreated']))"); do
  psql -q "$base/$db" -c "CREATE EXTENSION IF NOT EXISTS \"$ext\"" >/dev/null
done
psql -q "$base/$db" -f "$corpus/expected/prisma-from-empty.sql" >/dev/null 2>&1
hyperfine --warmup 2 --runs 10 -i -N \
  --command-name "prisma-drift check" "target/release/prisma-drift check --schema $schema --url $base/$db" \
  --command-name "Prisma (schema engine) drift" "node $oracle/oracle.mjs drift $base/$db $prisma_schema"
psql -q "$server" -c "DROP DATABASE IF EXISTS $db" >/dev/null

#!/usr/bin/env bash
# Whole-process time of `prisma-drift check --migrations` (replay + introspect +
# diff) against a plain `psql -f` replay of the same files, both into a fresh
# database on the same server; and the warm start of the ephemeral server.
#
#   benches/migrations_replay.sh [PROJECT] [SERVER_URL]
#
# PROJECT is a corpus project (default trigger.dev, 820 migrations); SERVER_URL
# a superuser URL (default postgresql://postgres@127.0.0.1:5432/postgres).
# Needs hyperfine and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-trigger.dev}
server=${2:-postgresql://postgres@127.0.0.1:5432/postgres}
corpus=${PRISMA_DRIFT_SHARED:-../shared}/corpus/$project
schema=$corpus/schema.prisma; [ -e "$schema" ] || schema=$corpus/schema
cargo build --release --quiet
bin=target/release/prisma-drift
base=${server%/*}
files=$(ls -d "$corpus"/migrations/*/migration.sql | sort)
echo "$(echo "$files" | wc -l) migrations of $project"

cat > /tmp/prisma-drift-psql-replay.sh <<SH
set -e
psql -q "$server" -c 'DROP DATABASE IF EXISTS prisma_drift_bench_psql' -c 'CREATE DATABASE prisma_drift_bench_psql' >/dev/null 2>&1
for f in $(echo $files); do psql -q -v ON_ERROR_STOP=1 "$base/prisma_drift_bench_psql" -f "\$f" >/dev/null 2>&1; done
SH

hyperfine --warmup 1 --runs 5 -i \
  --command-name "psql -f replay" "bash /tmp/prisma-drift-psql-replay.sh" \
  --command-name "prisma-drift check --migrations --shadow-url" "$bin check --schema $schema --migrations $corpus/migrations --shadow-url $server" \
  --command-name "prisma-drift check --migrations (ephemeral)" "$bin check --schema $schema --migrations $corpus/migrations"
psql -q "$server" -c 'DROP DATABASE IF EXISTS prisma_drift_bench_psql' >/dev/null 2>&1

# Warm start: the template cluster is cached after the runs above.
cat > /tmp/prisma-drift-empty.prisma <<'P'
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
P
mkdir -p /tmp/prisma-drift-empty-migrations
echo 'provider = "postgresql"' > /tmp/prisma-drift-empty-migrations/migration_lock.toml
hyperfine --warmup 2 --runs 10 --command-name "warm start + empty check" \
  "$bin check --schema /tmp/prisma-drift-empty.prisma --migrations /tmp/prisma-drift-empty-migrations"

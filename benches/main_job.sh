#!/usr/bin/env bash
# Whole-process time of the README's main job: the medspa audit, its four migrations replayed
# and seeded in the ephemeral PostgreSQL (warm template after the first run), in Markdown and
# in JSON.
#
#   benches/main_job.sh [RUNS]
#
# Needs hyperfine and PostgreSQL's server binaries (or PRISMA_DRIFT_PG_BIN).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
cargo build --release --quiet
audit="target/release/prisma-drift audit --schema examples/medspa/schema.prisma --migrations --seed examples/medspa/seed.sql"
hyperfine --warmup 1 --runs "$runs" -N \
  --command-name "main job (Markdown)" "$audit" \
  --command-name "main job (JSON)" "$audit --format json"

#!/usr/bin/env bash
# Whole-process time of `prisma-drift validate` against Prisma's own validator
# (prisma-oracle: Prisma's engines compiled to WebAssembly, run by Node), on
# the same schema: trigger.dev's (3,369 lines) from the shared corpus unless
# one is given. With COMMAND=format: `prisma-drift format --check` against
# Prisma's `format`.
#
#   benches/whole_process.sh [SCHEMA]
#   COMMAND=format benches/whole_process.sh [SCHEMA]
#
# Environment:
#   COMMAND              validate (default) or format
#   PRISMA_DRIFT_SHARED  the shared folder (default: ../shared next to the repository)
#   PRISMA_ORACLE_DIR    a prisma-oracle copy with node_modules installed; without
#                        it one is made (once) in $TMPDIR/prisma-drift-oracle with `npm ci`
#   RUNS                 runs per command (default 20)
#
# Uses hyperfine when installed, else a shell loop timed with `date +%s%N`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${PRISMA_DRIFT_SHARED:-$root/../shared}
# The Prisma 7 form of the schema: Prisma 7 rejects the "metrics" preview
# feature of the original and would stop early.
schema=${1:-$shared/corpus/trigger.dev/expected/prisma7-schema/schema.prisma}
runs=${RUNS:-20}

if [ ! -e "$schema" ]; then
    echo "skipped: $schema does not exist (set PRISMA_DRIFT_SHARED or pass a schema)" >&2
    exit 0
fi

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin prisma-drift
drift="$root/target/release/prisma-drift"

oracle_dir=${PRISMA_ORACLE_DIR:-}
if [ -z "$oracle_dir" ]; then
    # The shared copy is read-only: install into a private one.
    oracle_dir="${TMPDIR:-/tmp}/prisma-drift-oracle"
    if [ ! -d "$oracle_dir/node_modules" ]; then
        rm -rf "$oracle_dir"
        cp -r "$shared/tools/prisma-oracle" "$oracle_dir"
        rm -rf "$oracle_dir/node_modules"
        (cd "$oracle_dir" && npm ci --silent)
    fi
fi
command=${COMMAND:-validate}
case "$command" in
    validate) drift_args=(validate) ;;
    # The check a CI job runs, against what `prisma format` does.
    format) drift_args=(format --check) ;;
    *) echo "COMMAND must be validate or format" >&2; exit 1 ;;
esac
oracle="node $oracle_dir/oracle.mjs $command --strip-url"

# Both must accept the schema, or the comparison means nothing.
"$drift" "${drift_args[@]}" --schema "$schema" > /dev/null
$oracle "$schema" > /dev/null 2>&1

echo "$command, schema: $schema ($(wc -l < "$schema") lines)"
if command -v hyperfine > /dev/null; then
    # -N: no intermediate shell, so its start-up is not counted.
    hyperfine -N --warmup 3 --runs "$runs" --export-json "${TMPDIR:-/tmp}/prisma-drift-whole-process.json" \
        -n prisma-drift "$drift ${drift_args[*]} --schema '$schema'" \
        -n prisma "$oracle '$schema'"
    # Mean ratio from the JSON hyperfine wrote.
    node -e '
        const r = require(process.argv[1]).results;
        const [drift, prisma] = r.map(x => x.mean * 1000);
        console.log(`prisma-drift ${drift.toFixed(1)} ms, prisma ${prisma.toFixed(1)} ms: ${(prisma / drift).toFixed(1)}x faster`);
    ' "${TMPDIR:-/tmp}/prisma-drift-whole-process.json"
else
    mean_ms() {
        local total=0 start end
        for _ in $(seq "$runs"); do
            start=$(date +%s%N)
            "$@" > /dev/null 2>&1
            end=$(date +%s%N)
            total=$((total + end - start))
        done
        echo $((total / runs / 1000))
    }
    drift_us=$(mean_ms "$drift" "${drift_args[@]}" --schema "$schema")
    prisma_us=$(mean_ms node "$oracle_dir/oracle.mjs" "$command" --strip-url "$schema")
    echo "prisma-drift: $((drift_us / 1000)).$(((drift_us % 1000) / 100)) ms mean of $runs"
    echo "prisma:       $((prisma_us / 1000)).$(((prisma_us % 1000) / 100)) ms mean of $runs"
    echo "ratio: $((prisma_us / drift_us))x"
fi

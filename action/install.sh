#!/usr/bin/env bash
# Installs prisma-drift from npm for the action (no Rust needed) and puts it on PATH for the
# job's later steps. PRISMA_DRIFT_PACKAGE: what to `npm install`, e.g. prisma-drift@0.1.0
# (whitespace-separated; tarball paths work too).
set -euo pipefail

prefix="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/prisma-drift"
read -r -a packages <<<"${PRISMA_DRIFT_PACKAGE:?PRISMA_DRIFT_PACKAGE is not set}"
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "${packages[@]}"
bin="$prefix/node_modules/.bin"
"$bin/prisma-drift" --version
echo "$bin" >>"${GITHUB_PATH:?GITHUB_PATH is not set}"

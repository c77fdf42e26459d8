#!/usr/bin/env bash
# Runs prisma-drift for the action. Inputs come as INPUT_COMMAND, INPUT_SCHEMA, INPUT_ARGS,
# INPUT_SARIF_FILE and INPUT_FAIL (see action.yml); the exit code goes to $GITHUB_OUTPUT as
# exit-code, and is the step's own unless INPUT_FAIL is false.
set -uo pipefail

command="${INPUT_COMMAND:-check}"
args=("$command")
if [[ -n "${INPUT_SCHEMA:-}" ]]; then
  args+=(--schema "$INPUT_SCHEMA")
fi
# Whitespace-separated and literal: read does no globbing and no expansion.
read -r -d '' -a extra <<<"${INPUT_ARGS:-}" || true
# (The ${a[@]+…} form: bash 3.2, macOS's, calls an empty array unbound.)
args+=(${extra[@]+"${extra[@]}"})

sarif="${INPUT_SARIF_FILE:-}"
if [[ -n "$sarif" ]]; then
  mkdir -p "$(dirname "$sarif")"
  prisma-drift "${args[@]}" --format sarif >"$sarif"
  code=$?
  # An error before the report leaves nothing to upload; no file is better than an empty one.
  if [[ ! -s "$sarif" ]]; then
    rm -f "$sarif"
  else
    echo "prisma-drift: SARIF written to $sarif"
  fi
else
  prisma-drift "${args[@]}"
  code=$?
fi
echo "exit-code=$code" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"

fail="${INPUT_FAIL:-true}"
level=error
if [[ "$fail" == "false" ]]; then
  level=warning
fi
case "$code" in
  0) ;;
  2) echo "::$level title=prisma-drift::prisma-drift $command found drift (exit code 2)" ;;
  *) echo "::$level title=prisma-drift::prisma-drift $command failed (exit code $code)" ;;
esac
if [[ "$code" -ne 0 && "$fail" != "false" ]]; then
  exit "$code"
fi
exit 0

#!/usr/bin/env bash
# Lane: the whole API integration suite on a real PostgreSQL server — the Postgres copy of every fixture — against a
# throwaway cluster that scripts/with-postgres.sh installs if missing, starts on a free loopback port and always
# removes again. Last line: "N passed, M failed, K skipped".
set -uo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date +%s)
scripts/with-postgres.sh dotnet test tests/Api.IntegrationTests --no-build --filter 'FullyQualifiedName~\(Postgres\)' 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(grep -E '^(Passed|Failed)! ' "$log" | tail -1)
count() { grep -Eo "$1: +[0-9]+" <<<"$summary" | grep -Eo '[0-9]+' || echo 0; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
# A lane that ran nothing, or whose fixtures were all ignored (no server), has failed.
if { [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; } && [ "$failed" -eq 0 ]; then failed=1; fi
echo "postgres lane: $(( $(date +%s) - started )) s"
echo "postgres: ${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]

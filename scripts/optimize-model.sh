#!/usr/bin/env bash
# Regenerates the EF Core compiled models (src/Infrastructure/Persistence/CompiledModels/<Provider>) of every provider's
# context from the model. The API loads them instead of building the model at start (docs/performance.md), so run this
# after every model change, together with scripts/add-migration.sh; CI fails while they lag behind the model.
# Usage: scripts/optimize-model.sh [--no-build] [--output <dir>]   (--output: write elsewhere, as CI does to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
build=1; output=src/Infrastructure/Persistence/CompiledModels
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --output) output=${2:?--output needs a directory}; shift ;;
    *) echo "usage: scripts/optimize-model.sh [--no-build] [--output <dir>]" >&2; exit 2 ;;
  esac
  shift
done
output=$(realpath -m "$output")
dotnet tool restore >/dev/null
[ "$build" = 0 ] || dotnet build src/Infrastructure -v q -nologo >/dev/null
for provider in Sqlite SqlServer Postgres; do
  rm -rf "${output:?}/$provider"
  dotnet ef dbcontext optimize --no-build \
    --project src/Infrastructure --context "${provider}DbContext" \
    --output-dir "$output/$provider" --namespace "Volunteers.Infrastructure.Persistence.CompiledModels.$provider" >/dev/null
done

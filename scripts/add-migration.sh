#!/usr/bin/env bash
# Adds a migration with the same name for every provider (SQLite, SQL Server, PostgreSQL), using the local dotnet-ef tool,
# and regenerates the compiled models (scripts/optimize-model.sh).
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Infrastructure -v q -nologo >/dev/null
for provider in Sqlite SqlServer Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Infrastructure --context "${provider}DbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
# The compiled models the API starts with follow the model too (CI checks both).
scripts/optimize-model.sh --no-build

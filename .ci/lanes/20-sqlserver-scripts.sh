#!/usr/bin/env bash
# Lane: SQL Server, as far as a machine without SQL Server can check it. Generates the idempotent migration script the
# way a DBA does (docs/database.md) and parses it, and every SQL text the application writes itself, with Microsoft's
# T-SQL parser (tools/SqlServerScriptCheck). Starts nothing. Last line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
script=$(mktemp --suffix=.sql)
trap 'rm -f "$script"' EXIT
if ! dotnet ef migrations script --idempotent --no-build \
    --project src/Infrastructure --context SqlServerDbContext --output "$script"; then
  echo "sqlserver-scripts: 0 passed, 1 failed"
  exit 1
fi
dotnet run --no-build --project tools/SqlServerScriptCheck -- "$script"

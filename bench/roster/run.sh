#!/usr/bin/env bash
# The roster benchmark: seeds its own volunteers (default 100,000) into a fresh SQLite file with the real
# DbContext and migrations, then times drawing a 500 + 2,000 roster for several consecutive days and prints the median.
# Usage: bench/roster/run.sh [volunteers] [runs] [dailyActive] [reserve]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run -c Release --project RosterBench.csproj -- "$@"

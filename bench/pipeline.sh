#!/usr/bin/env bash
# What the Mediator pipeline (logging + validation + domain-event dispatch) costs over calling the handler directly,
# with BenchmarkDotNet. Usage: bench/pipeline.sh [--job short]
set -euo pipefail
cd "$(dirname "$0")/Pipeline"
dotnet build -c Release -nologo -v q >/dev/null
dotnet bin/Release/net10.0/Volunteers.Bench.Pipeline.dll "$@"

#!/usr/bin/env bash
# The OpenAPI contract and the official TypeScript client (see docs/clients.md):
#  1. docs/openapi.json is what the build wrote (the build regenerates it; a difference means it was not committed);
#  2. Spectral (spectral:oas, pinned in .ci/openapi) finds no errors and no warnings;
#  3. clients/typescript generates from the document and compiles with tsc --strict;
#  4. its flow tests (node --test) pass against a real API on a loopback port with a temp SQLite database.
# Expects the solution to be built (.ci/run builds it first). Prints "N passed, M failed" last.
set -uo pipefail
cd "$(dirname "$0")/../.."
passed=0; failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
ko() { echo "FAILED: $*"; failed=$((failed + 1)); }
started=$(date +%s)

work=$(mktemp -d)
api_pid=""
cleanup() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== the committed document is the build's"
if [ ! -f src/Api/bin/Debug/net10.0/Volunteers.Api.dll ]; then
  dotnet build src/Api -warnaserror -nologo -v q >/dev/null || ko "build src/Api"
fi
if git diff --quiet -- docs/openapi.json && git ls-files --error-unmatch docs/openapi.json >/dev/null 2>&1; then
  ok "docs/openapi.json matches the build"
else
  git --no-pager diff --stat -- docs/openapi.json
  ko "docs/openapi.json differs from the build's document: build src/Api and commit docs/openapi.json"
fi

echo "== spectral:oas"
if (cd .ci/openapi && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
   && .ci/openapi/node_modules/.bin/spectral lint docs/openapi.json --ruleset .ci/openapi/.spectral.yaml --fail-severity=warn; then
  ok "spectral: 0 errors, 0 warnings"
else
  ko "spectral found problems"
fi

echo "== TypeScript client: generate, tsc --strict"
if (cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run --silent build); then
  ok "clients/typescript builds"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  url="http://127.0.0.1:$port"
  admin_email="lane-admin@volunteers.local"; admin_password="Lane-Admin-12345!"
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" \
    ConnectionStrings__Volunteers="Data Source=$work/volunteers.db" \
    Bootstrap__AdminEmail="$admin_email" Bootstrap__AdminPassword="$admin_password" \
    Jwt__SigningKey="openapi-lane-signing-key-0123456789abcdef" \
    Mail__PickupDirectory="$work/mail" \
    dotnet src/Api/bin/Debug/net10.0/Volunteers.Api.dll >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 60); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  if curl -fs "$url/health/ready" >/dev/null 2>&1; then
    if (cd clients/typescript && VOLUNTEERS_API_URL="$url" VOLUNTEERS_ADMIN_EMAIL="$admin_email" VOLUNTEERS_ADMIN_PASSWORD="$admin_password" \
        node --test dist/test/ 2>&1 | tee "$work/node.log"); then :; fi
    p=$(grep -Eo '^# pass [0-9]+' "$work/node.log" | grep -Eo '[0-9]+' || echo 0)
    f=$(grep -Eo '^# fail [0-9]+' "$work/node.log" | grep -Eo '[0-9]+' || echo 1)
    passed=$((passed + p)); failed=$((failed + f))
    [ "$p" -gt 0 ] || ko "no TypeScript flow test ran"
  else
    tail -30 "$work/api.log"
    ko "the API did not become ready on $url"
  fi
else
  ko "clients/typescript does not build"
fi

echo "lane took $(( $(date +%s) - started ))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The load benchmark: builds Release, seeds its own data set, starts the API and the reference app on one database,
# and measures them alternately with wrk so that the figures are ratios on the same (noisy) machine.
# Usage: bench/run.sh   (env: DURATION=5 ROUNDS=3 CONNECTIONS=50 SCALE=100000 PROVIDER=Sqlite API_PORT=5311 REF_PORT=5312)
#   PROVIDER=Sqlite    one SQLite file; writes bench/results/latest.md
#   PROVIDER=Postgres  a database on a throwaway PostgreSQL server (scripts/with-postgres.sh, unless
#                      VOLUNTEERS_TEST_POSTGRES already names a server); the reference reads it with raw Npgsql;
#                      writes bench/results/latest-postgres.md
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PROVIDER=${PROVIDER:-Sqlite}
case "$PROVIDER" in
  Sqlite) results=bench/results/latest.md ;;
  Postgres)
    results=bench/results/latest-postgres.md
    if [ -z "${VOLUNTEERS_TEST_POSTGRES:-}" ]; then exec scripts/with-postgres.sh "$root/bench/run.sh" "$@"; fi ;;
  *) echo "PROVIDER is Sqlite or Postgres, not '$PROVIDER'" >&2; exit 2 ;;
esac
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-50}
SCALE=${SCALE:-100000}
work=$root/bench/.work
mkdir -p "$work" bench/results
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  echo "installing wrk"; (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

echo "== build (Release; the API published as it is deployed: ReadyToRun for this machine's runtime)"
rid=linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
rm -rf "$work/api"
dotnet publish src/Api -c Release -r "$rid" --self-contained false -o "$work/api" -nologo -v q >/dev/null
dotnet build bench/Reference -c Release -nologo -v q >/dev/null
dotnet build bench/Seeder -c Release -nologo -v q >/dev/null

rm -f "$work/applications.next" "$work/signups.next"
if [ "$PROVIDER" = Postgres ]; then
  # A database of its own on the server (the seeder drops and creates it), beside the superuser's maintenance database.
  connection=$(echo "$VOLUNTEERS_TEST_POSTGRES" | sed -E 's/(^|;)Database=[^;]*/\1Database=volunteers_bench/')
  database_args=(--provider Postgres --connection "$connection")
  export Database__Provider=Postgres ConnectionStrings__Volunteers="$connection"
else
  db=$work/volunteers.db
  rm -f "$db" "$db-wal" "$db-shm"
  database_args=(--db "$db")
  export Database__Provider=Sqlite ConnectionStrings__Volunteers="Data Source=$db"
fi
echo "== seed ($SCALE volunteers in all, $PROVIDER)"
dotnet bench/Seeder/bin/Release/net10.0/Volunteers.Bench.Seeder.dll "${database_args[@]}" --scale "$SCALE" --work "$work" \
  --admin-email bench-admin@volunteers.local --admin-password BenchAdmin123

api_port=${API_PORT:-5311}; ref_port=${REF_PORT:-5312}
export ASPNETCORE_ENVIRONMENT=Production
export Bootstrap__AdminEmail=bench-admin@volunteers.local Bootstrap__AdminPassword=BenchAdmin123
export Jwt__SigningKey=bench-signing-key-0123456789abcdef0123456789
export RateLimiting__PublicForm__PermitLimit=100000000 RateLimiting__Partner__PermitLimit=100000000
# Warnings only, as an operator runs a busy instance (appsettings.json logs every request at Information).
# A key with dots is no shell identifier, hence env rather than export.
export Logging__LogLevel__Default=Warning
api_env=("Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning")

wait_ready() { # url -> milliseconds until it answers 200
  local start=$(date +%s%N)
  until curl -sf -o /dev/null "$1"; do sleep 0.01; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

startups=()
trap 'kill ${pid:-} ${ref_pid:-} 2>/dev/null || true' EXIT
for i in 1 2 3; do
  start=$(date +%s%N)
  env "${api_env[@]}" dotnet "$work/api/Volunteers.Api.dll" --urls "http://127.0.0.1:$api_port" > "$work/api.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$api_port/health/ready"; do sleep 0.01; done
  startups+=($(( ($(date +%s%N) - start) / 1000000 )))
  if [ "$i" -lt 3 ]; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
done
api_pid=$pid
startup_ms=$(printf '%s\n' "${startups[@]}" | sort -n | sed -n 2p)
echo "start-up to ready: ${startups[*]} ms (median $startup_ms)"

dotnet bench/Reference/bin/Release/net10.0/Volunteers.Bench.Reference.dll --urls "http://127.0.0.1:$ref_port" "${database_args[@]}" > "$work/ref.log" 2>&1 &
ref_pid=$!
wait_ready "http://127.0.0.1:$ref_port/health/ready" >/dev/null

api=http://127.0.0.1:$api_port/api/v1
ref=http://127.0.0.1:$ref_port
token=$(curl -sf -X POST "$api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench-admin@volunteers.local","password":"BenchAdmin123"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
campaign_id=$(python3 -c "import json;print(json.load(open('$work/seed.json'))['sampleCampaignId'])")
search=$(python3 -c "import json,urllib.parse;print(urllib.parse.quote(json.load(open('$work/seed.json'))['sampleSearch']))")
self_service() { python3 -c "import json;print(json.load(open('$work/seed.json'))['selfService']['$1'] or '')"; }
open_volunteer=$(self_service openShiftsVolunteerId); feed_token=$(self_service feedToken); certificate_code=$(self_service certificateCode)

# name | url | auth (staff token) | lua script
cases=(
  "ceiling|$ref/ceiling||"
  "ref directions|$ref/directions||"
  "GET /directions|$api/directions||"
  "GET /training-stages|$api/training-stages||"
  "ref campaigns page|$ref/campaigns||"
  "GET /campaigns?page=1&pageSize=20|$api/campaigns?page=1&pageSize=20||"
  "ref campaign|$ref/campaigns/$campaign_id||"
  "GET /campaigns/{id}|$api/campaigns/$campaign_id||"
  "ref stats|$ref/stats||"
  "GET /stats|$api/stats||"
  "ref volunteers search|$ref/volunteers?search=$search||"
  "GET /volunteers?search= (staff)|$api/volunteers?search=$search|auth|"
  "POST /applications (unique)|$api/applications||bench/lua/applications.lua"
  "POST /shifts/{id}/signups (burst)|$api/shifts|auth|bench/lua/signups.lua"
  "GET /volunteers/{id}/open-shifts (staff)|$api/volunteers/$open_volunteer/open-shifts|auth|"
  "GET /calendar/{token}.ics (200 sign-ups)|$api/calendar/$feed_token.ics||"
)

declare -A rps p50 p99
run_case() { # name url auth lua
  local name=$1 url=$2 auth=$3 lua=$4 out
  local args=(-t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency)
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$lua" ] && args+=(-s "$lua")
  out=$(BENCH_DATA="$work/seed.json" wrk "${args[@]}" "$url" 2>&1) || true
  local r l50 l99 errors
  r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  l50=$(echo "$out" | awk '$1=="50%" {print $2}')
  l99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  rps[$name]+="${r:-0} "; p50[$name]+="${l50:-?} "; p99[$name]+="${l99:-?} "
  printf '  %-38s %10s req/s  p50 %8s  p99 %8s %s\n' "$name" "${r:-0}" "${l50:-?}" "${l99:-?}" "${errors:+non-2xx: $errors}"
}

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round/$ROUNDS (${DURATION}s each, $CONNECTIONS connections)"
  for c in "${cases[@]}"; do
    IFS='|' read -r name url auth lua <<< "$c"
    run_case "$name" "$url" "$auth" "$lua"
  done
done

# A certificate PDF is made on demand, one at a time: timed sequentially (the first call pays for loading the fonts).
pdf_ms=()
if [ -n "$certificate_code" ]; then
  for _ in $(seq 1 20); do
    pdf_ms+=($(curl -sf -o /dev/null -w '%{time_total}' "$api/certificates/$certificate_code/pdf" | awk '{printf "%.1f", $1 * 1000}'))
  done
  echo "GET /certificates/{code}/pdf, 20 calls one after another: ${pdf_ms[*]} ms"
fi
export PDF_TIMINGS_MS="${pdf_ms[*]}"

rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$api_pid/status")
if [ "$PROVIDER" = Postgres ]; then
  # The throwaway server runs with fsync, synchronous_commit and full_page_writes off (scripts/with-postgres.sh).
  version=$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version | awk '{print $3}')
  database="PostgreSQL $version on the same machine (throwaway server: fsync and synchronous_commit off)"
else
  database=SQLite
fi
python3 bench/report.py "$work" "$startup_ms" "$rss_kb" "$DURATION" "$ROUNDS" "$CONNECTIONS" "$database" "$results" <<EOF_DATA
$(for c in "${cases[@]}"; do IFS='|' read -r name _ _ _ <<< "$c"; echo "$name|${rps[$name]}|${p50[$name]}|${p99[$name]}"; done)
EOF_DATA
cat "$results"

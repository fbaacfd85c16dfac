#!/usr/bin/env bash
# The load benchmark: builds Release, seeds its own data set, starts the API and the reference app on one database,
# measures them alternately with wrk so that the figures are ratios on the same (noisy) machine, then times one
# import of 10,000 volunteers and three mobilisation rosters (500 + 2,000) drawn from the whole registry, and
# twenty certificate PDFs one after another.
# Usage: bench/run.sh   (env: DURATION=5 ROUNDS=3 CONNECTIONS=50 SCALE=300000 PROVIDER=Sqlite API_PORT= REF_PORT=)
# Needs: the .NET SDK, python3, curl, wrk (installed with apt when missing), ~2 GB of free disk in bench/.work and
# ~1.5 GB of free memory. Takes about 12 minutes at the default scale on 2 cores (SQLite; the seed about 5 of them,
# the cases 70 s per round); PROVIDER=Postgres a few minutes more. Each phase's duration is printed and written to the
# results. API_PORT and REF_PORT default to free loopback ports. After the rounds each API read runs once more with one
# connection (its service time without queueing).
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
SCALE=${SCALE:-300000}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
API_PORT=${API_PORT:-$(free_port)}
REF_PORT=${REF_PORT:-$(free_port)}
[ "$API_PORT" != "$REF_PORT" ] || { echo "API_PORT and REF_PORT must differ" >&2; exit 2; }
run_started=$(date +%s)
phase_started=$run_started
phases=()
phase_done() { # name: records how long the phase that ends now took
  local now=$(date +%s)
  phases+=("$1 $((now - phase_started)) s")
  echo "   ($1 took $((now - phase_started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  phase_started=$now
}
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
phase_done build

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
phase_done seed

api_port=$API_PORT; ref_port=$REF_PORT
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
phase_done start-ups

dotnet bench/Reference/bin/Release/net10.0/Volunteers.Bench.Reference.dll --urls "http://127.0.0.1:$ref_port" "${database_args[@]}" > "$work/ref.log" 2>&1 &
ref_pid=$!
wait_ready "http://127.0.0.1:$ref_port/health/ready" >/dev/null

api=http://127.0.0.1:$api_port/api/v1
ref=http://127.0.0.1:$ref_port
token=$(curl -sf -X POST "$api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench-admin@volunteers.local","password":"BenchAdmin123"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
seed_value() { python3 -c "import json,sys;print(json.load(open('$work/seed.json'))[sys.argv[1]])" "$1"; }
campaign_id=$(seed_value sampleCampaignId)
search=$(python3 -c "import json,urllib.parse;print(urllib.parse.quote(json.load(open('$work/seed.json'))['sampleSearch']))")
self_service() { python3 -c "import json;print(json.load(open('$work/seed.json'))['selfService']['$1'] or '')"; }
feed_token=$(self_service feedToken); certificate_code=$(self_service certificateCode)
open_shifts_volunteer=$(self_service openShiftsVolunteerId)

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
  "GET /volunteers/{id}/open-shifts|$api/volunteers/$open_shifts_volunteer/open-shifts|auth|"
  "GET /calendar/{token}.ics (200 sign-ups)|$api/calendar/$feed_token.ics||"
  "POST /applications (unique)|$api/applications||bench/lua/applications.lua"
  "POST /shifts/{id}/signups (burst)|$api/shifts|auth|bench/lua/signups.lua"
)

# A case ends with up to CONNECTIONS requests still being answered (a slow reference query can run on for seconds), so
# the next case starts only when the API and the reference have gone quiet: under 5% of a core for a quarter second.
cpu_ticks() { awk '{ticks += $14 + $15} END {print ticks}' "/proc/$api_pid/stat" "/proc/$ref_pid/stat"; }
settle() {
  local before after tries=0 tick_hz quiet
  tick_hz=$(getconf CLK_TCK); quiet=$(( tick_hz / 80 + 1 ))
  before=$(cpu_ticks)
  while [ $tries -lt 40 ]; do
    sleep 0.25; after=$(cpu_ticks)
    [ $((after - before)) -le "$quiet" ] && return
    before=$after; tries=$((tries + 1))
  done
  echo "  (still busy after 10 s; going on)"
}

declare -A rps p50 p99
run_case() { # name url auth lua
  local name=$1 url=$2 auth=$3 lua=$4 out
  local args=(-t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency) # wrk gives up on a request after 2 s by default
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
    settle
    run_case "$name" "$url" "$auth" "$lua"
  done
done

# Each uncached API read once more with one connection: its service time without queueing. At 50 connections a read's
# latency is mostly waiting for the two cores (Little's law: p99 ≤ 20 ms there needs ≥ 2,500 answers a second).
service=()
echo "== service times (one connection, ${DURATION}s each)"
for c in "${cases[@]}"; do
  IFS='|' read -r name url auth lua <<< "$c"
  case "$name" in GET\ *) ;; *) continue ;; esac
  [ -z "$lua" ] || continue
  args=(-t1 -c1 -d"${DURATION}s" --latency)
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer $token")
  settle
  out=$(wrk "${args[@]}" "$url" 2>&1) || true
  r=$(echo "$out" | awk '/Requests\/sec/ {print $2}'); l50=$(echo "$out" | awk '$1=="50%" {print $2}'); l99=$(echo "$out" | awk '$1=="99%" {print $2}')
  printf '  %-38s %10s req/s  p50 %8s  p99 %8s\n' "$name" "${r:-0}" "${l50:-?}" "${l99:-?}"
  service+=("$name|${r:-0}|${l50:-?}|${l99:-?}")
done
export BENCH_SERVICE="$(IFS=';'; echo "${service[*]}")"

# A certificate PDF is made on demand, one at a time: timed sequentially (the first call pays for loading the fonts).
pdf_ms=()
if [ -n "$certificate_code" ]; then
  for _ in $(seq 1 20); do
    pdf_ms+=($(curl -sf -o /dev/null -w '%{time_total}' "$api/certificates/$certificate_code/pdf" | awk '{printf "%.1f", $1 * 1000}'))
  done
  echo "GET /certificates/{code}/pdf, 20 calls one after another: ${pdf_ms[*]} ms"
fi
export PDF_TIMINGS_MS="${pdf_ms[*]}"
load_during_cases=$(cut -d' ' -f1-3 /proc/loadavg)
phase_done cases

# One request each, timed by curl: the import of 10,000 trained volunteers (the seeder's import.csv, nobody in it
# registered yet), then rosters of 500 active places + 2,000 reserve drawn for three consecutive days from everyone.
echo "== import of 10,000 volunteers, rosters of 500 + 2,000"
import_out=$(curl -s -o "$work/import.json" -w '%{http_code} %{time_total}' -X POST "$api/volunteers/import" \
  -H "Authorization: Bearer $token" -H 'content-type: text/csv' --data-binary "@$work/import.csv")
import_ms=$(python3 -c "import sys;code,t=sys.argv[1].split();print(round(float(t)*1000) if code=='200' else -1)" "$import_out")
echo "  POST /volunteers/import (10,000 rows): $import_out -> ${import_ms} ms; $(head -c 120 "$work/import.json")"
first_day=$(date -u -d tomorrow +%F)
mobilization=$(curl -sf -X POST "$api/mobilizations" -H "Authorization: Bearer $token" -H 'content-type: application/json' \
  -d "{\"title\":\"Паводок / Су тасқыны\",\"reason\":\"bench\",\"startsOn\":\"$first_day\",\"endsOn\":\"$(date -u -d '+5 days' +%F)\",\"dailyActive\":500,\"reserve\":2000}" \
  | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])")
rosters=()
for day in 0 1 2; do
  date=$(date -u -d "tomorrow +$day days" +%F)
  out=$(curl -s -o "$work/roster.json" -w '%{http_code} %{time_total}' -X POST "$api/mobilizations/$mobilization/rosters" \
    -H "Authorization: Bearer $token" -H 'content-type: application/json' -d "{\"date\":\"$date\"}")
  ms=$(python3 -c "import sys;code,t=sys.argv[1].split();print(round(float(t)*1000) if code=='201' else -1)" "$out")
  rosters+=("$ms")
  echo "  POST /mobilizations/{id}/rosters ($date): $out -> ${ms} ms"
done
roster_ms=$(printf '%s\n' "${rosters[@]}" | sort -n | sed -n 2p)
phase_done "import and rosters"

rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$api_pid/status")
if [ "$PROVIDER" = Postgres ]; then
  # The throwaway server runs with fsync, synchronous_commit and full_page_writes off (scripts/with-postgres.sh).
  version=$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version | awk '{print $3}')
  database="PostgreSQL $version on the same machine (throwaway server: fsync and synchronous_commit off)"
else
  database=SQLite
fi
phases+=("total $(( $(date +%s) - run_started )) s")
export BENCH_SCALE=$SCALE BENCH_LOAD="$load_during_cases" BENCH_IMPORT_MS=$import_ms BENCH_ROSTER_MS="$roster_ms" \
  BENCH_ROSTERS="${rosters[*]}" BENCH_PHASES="$(IFS=';'; echo "${phases[*]}")" BENCH_SEED="$work/seed.json"
python3 bench/report.py "$work" "$startup_ms" "$rss_kb" "$DURATION" "$ROUNDS" "$CONNECTIONS" "$database" "$results" <<EOF_DATA
$(for c in "${cases[@]}"; do IFS='|' read -r name _ _ _ <<< "$c"; echo "$name|${rps[$name]}|${p50[$name]}|${p99[$name]}"; done)
EOF_DATA
cat "$results"

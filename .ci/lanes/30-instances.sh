#!/usr/bin/env bash
# Several instances (SPEC §5): a Redis server and the database for two API processes, then
#  - the in-process shared-state tests (two app instances on one Redis: cache eviction, rate limits, readiness),
#  - the two-instance tests (two real API processes on loopback ports, one database, one Redis).
# The database is a setting: INSTANCES_PROVIDER=Postgres (default; the throwaway server of scripts/with-postgres.sh)
# or Sqlite (a shared file in WAL mode). Prints "N passed, M failed" last.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

provider=${INSTANCES_PROVIDER:-Postgres}
# On PostgreSQL the whole lane runs beside the same throwaway server the PostgreSQL lane uses.
if [ "$provider" = "Postgres" ] && [ -z "${VOLUNTEERS_TEST_POSTGRES:-}" ]; then
  exec scripts/with-postgres.sh bash "$0" "$@"
fi
work=$(mktemp -d /tmp/volunteers-instances-lane.XXXXXX)
redis_pid=""

stop() {
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
  rm -rf "$work"
}
trap stop EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
result() { echo "$1 passed, $2 failed"; }

if ! command -v redis-server >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq redis-server) >/dev/null 2>&1 || { echo "redis-server is missing and could not be installed"; result 0 1; exit 1; }
fi

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null 2>&1 || { echo "redis-server did not start"; cat "$work/redis.log"; result 0 1; exit 1; }
export VOLUNTEERS_TEST_REDIS="127.0.0.1:$redis_port"
export VOLUNTEERS_TEST_INSTANCES="$provider"
unset VOLUNTEERS_TEST_INSTANCES_CONNECTION

if [ "$provider" = "Postgres" ]; then
  # The two instances share one database, created before either starts (both migrate at start-up).
  field() { grep -Eo "$1=[^;]*" <<<"$VOLUNTEERS_TEST_POSTGRES" | cut -d= -f2-; }
  PGPASSWORD=$(field Password) psql -q -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres \
    -c "CREATE DATABASE volunteers_instances" || { result 0 1; exit 1; }
  export VOLUNTEERS_TEST_INSTANCES_CONNECTION="${VOLUNTEERS_TEST_POSTGRES/Database=postgres/Database=volunteers_instances}"
  # The lane's own PostgreSQL fixtures are the PostgreSQL lane's business.
  unset VOLUNTEERS_TEST_POSTGRES
fi

log="$work/test.log"
started=$(date +%s)
dotnet build tests/Api.IntegrationTests -nologo -v q -warnaserror >"$work/build.log" 2>&1 || { cat "$work/build.log"; result 0 1; exit 1; }
dotnet test tests/Api.IntegrationTests --no-build \
  --filter "FullyQualifiedName~Volunteers.Api.IntegrationTests.Instances" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "instances lane: $(( $(date +%s) - started )) s on $provider"

line=$(grep -E '^(Passed|Failed)! ' "$log" | tail -1)
passed=$(grep -Eo 'Passed: +[0-9]+' <<<"$line" | grep -Eo '[0-9]+' || echo 0)
failed=$(grep -Eo 'Failed: +[0-9]+' <<<"$line" | grep -Eo '[0-9]+' || echo 0)
skipped=$(grep -Eo 'Skipped: +[0-9]+' <<<"$line" | grep -Eo '[0-9]+' || echo 0)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
# The SQL Server fixtures of the shared-state tests are skipped here (that is the SQL Server lane's business); every
# test of this lane that ran on SQLite and Redis must have passed, and something must have run.
if [ "$passed" -eq 0 ]; then failed=$((failed + 1)); fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

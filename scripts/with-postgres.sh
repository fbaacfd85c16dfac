#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server on loopback, then removes the server on every exit.
# Installs Debian's postgresql when initdb is missing, creates a cluster in its own temporary directory on a free
# port (initdb and pg_ctl run as the postgres user when called as root) and exports
#   VOLUNTEERS_TEST_POSTGRES  a connection string of a superuser, so the tests may create and drop databases.
# Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh <command> [args…]" >&2; exit 2; }

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin=$(postgres_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Without the package's own "main" cluster, which would start as a service on port 5432.
  apt-get install -y -qq postgresql-common >/dev/null
  sed -ri 's/^#?\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
  apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  bin=$(postgres_bin)
fi

# initdb and the server refuse to run as root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/volunteers-postgres.XXXXXX")
[ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
stop() {
  as_postgres "$bin/pg_ctl" stop -D "$dir/data" -m immediate -s >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
as_postgres bash -c "umask 077; echo '$password' > '$dir/password'"
as_postgres "$bin/initdb" -D "$dir/data" -U volunteers --pwfile="$dir/password" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

# A throwaway server: durability off for speed; room for the test apps' connection pools.
started=
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  if as_postgres "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 -s -o \
      "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null 2>&1; then
    started=yes
    break
  fi
  grep -q "could not bind\|Address already in use\|could not create any TCP/IP sockets" "$dir/server.log" 2>/dev/null || break
done
[ -n "$started" ] || { echo "with-postgres: the server did not start" >&2; cat "$dir/server.log" >&2 || true; exit 1; }

echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
export VOLUNTEERS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=volunteers;Password=$password;Database=postgres"
status=0
"$@" || status=$?
exit "$status"

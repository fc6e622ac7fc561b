#!/usr/bin/env bash
# Installs PostgreSQL from the OS packages if it is missing, initialises a throw-away cluster in a temporary folder
# and starts it on loopback as a non-root user. Prints the connection string on the last line.
#   PGPORT_RATUSHA  port to listen on (default 55432)
#   PGDATA_RATUSHA  cluster folder (default /tmp/ratusha-pg-$PORT)
set -euo pipefail
port="${PGPORT_RATUSHA:-55432}"
data="${PGDATA_RATUSHA:-/tmp/ratusha-pg-$port}"

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: installing it from the OS packages…" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install PostgreSQL yourself: apt-get install postgresql" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

# initdb refuses to run as root: the cluster belongs to an ordinary user.
run_as=""
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  run_as="runuser -u $owner --"
fi

if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "PostgreSQL is already running on 127.0.0.1:$port" >&2
else
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    [ -n "$run_as" ] && chown "$owner" "$data"
    $run_as "$bin/initdb" -D "$data" -U ratusha --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  $run_as "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=ratusha;Database=postgres;Include Error Detail=true"

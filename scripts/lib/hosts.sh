# Shared by scripts/bench and scripts/reliability (sourced, not run): builds the host and the load generator, makes a
# fresh PostgreSQL database, starts and stops hosts on loopback, and checks the journals afterwards.
# Expects: $work (a temporary folder of the run), $pg (the server's connection string from setup-postgres.sh).

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
password="${RATUSHA_DEMO_PASSWORD:-Ratusha-demo-2026}"
load_dll=bench/Ratusha.Load/bin/Release/net10.0/Ratusha.Load.dll
host_dll=bin/Release/net10.0/Ratusha.dll # relative to src/Ratusha: the host runs from its project folder

build_all() {
  dotnet build src/Ratusha -c Release -v quiet -nologo >/dev/null
  dotnet build bench/Ratusha.Load -c Release -v quiet -nologo >/dev/null
}

# pg_field KEY: a field of the server's connection string ($pg).
pg_field() { tr ';' '\n' <<<"$pg" | sed -n "s/^$1=//p"; }
pg_port="" pg_user=""
psql_db() { PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d "$db_name" "$@"; }

# fresh_database NAME: drops and creates a database of its own for this run; sets $db_name and $db_connection.
fresh_database() {
  pg_port="$(pg_field Port)" pg_user="$(pg_field Username)" db_name="$1"
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db_name WITH (FORCE)" -c "CREATE DATABASE $db_name"
  # Timeout: opening a connection; Command Timeout: a statement; Keepalive: a dead server is noticed on idle connections.
  db_connection="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=$db_name;Timeout=15;Command Timeout=30;Keepalive=10;Maximum Pool Size=${POOL_SIZE:-100}"
}

# start_host NAME PORT [extra host options…]: starts a host (Release) on 127.0.0.1:PORT on $db_connection, with the
# demo log-ins, background jobs every few seconds, and the data-protection keys shared by every host of the run.
# Sets host_pid_NAME; the log goes to $work/NAME.log.
start_host() {
  local name="$1" port="$2"; shift 2
  (cd src/Ratusha && exec dotnet "$host_dll" --urls "http://127.0.0.1:$port" --Database:Provider=Postgres \
    "--ConnectionStrings:Ratusha=$db_connection" --Demo:Seed=true --Demo:Items=false \
    --DataProtection:KeysFolder="$work/keys" \
    --Reminders:Interval=00:00:05 --Logging:LogLevel:Default=Warning "$@") >"$work/$name.log" 2>&1 &
  printf -v "host_pid_$name" '%s' "$!"
  echo "$name: pid $! on 127.0.0.1:$port" >&2
}

# wait_health URL PID: waits (bounded, 5 minutes) until the host answers /health.
wait_health() {
  for _ in $(seq 300); do
    curl -fsS -m 2 "$1/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "the host $2 stopped:" >&2; tail -n 40 "$work"/*.log >&2; return 1; }
    sleep 1
  done
  echo "the host $2 did not answer $1/health in 5 minutes" >&2; return 1
}

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# rss_mb PID: the resident memory of a process in MB (0 when it is gone).
rss_mb() { awk '/^VmRSS:/{printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# watch_rss PID FILE: writes the largest RSS of the process to FILE every second while it runs (in the background).
watch_rss() {
  local pid="$1" file="$2" max=0 now
  while kill -0 "$pid" 2>/dev/null; do
    now="$(rss_mb "$pid")"; [ "${now:-0}" -gt "$max" ] && { max="$now"; echo "$max" >"$file"; }
    sleep 1
  done
}

# check_journals ACKS: compares the acknowledged registrations with the database and the numbering of every journal.
# Prints the figures; returns 1 on any acknowledged registration missing, any duplicate, or any gap.
check_journals() {
  local acks="$1" bad=0
  psql_db -c "CREATE TEMP TABLE acks (id uuid, card_id uuid, idx text, submission_key uuid)" \
    -c "\\copy acks FROM '$acks' WITH (FORMAT csv, DELIMITER ';', HEADER true)" \
    -At -F ' ' -c "
      SELECT 'acknowledged', count(*), 'distinct', count(DISTINCT id),
             'missing', count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM appeals a JOIN registration_cards c ON c.id = a.card_id
                                                           WHERE a.id = acks.id AND c.id = acks.card_id AND c.index = acks.idx))
      FROM acks;
      SELECT 'stored', count(*), 'submission keys', count(DISTINCT submission_key), 'not acknowledged',
             count(*) FILTER (WHERE submission_key IS NOT NULL AND submission_key NOT IN (SELECT submission_key FROM acks))
      FROM appeals;" >"$work/check.txt" || bad=1
  psql_db -At -F ' ' -c "
      SELECT 'journal', c.sequence_key, c.year, 'cards', count(*), 'min', min(c.number), 'max', max(c.number),
             'distinct', count(DISTINCT c.number), 'counter', max(k.last_number)
      FROM registration_cards c LEFT JOIN journal_counters k ON k.sequence_key = c.sequence_key AND k.year = c.year
      GROUP BY c.sequence_key, c.year ORDER BY 2, 3" >>"$work/check.txt" || bad=1
  cat "$work/check.txt"
  awk '
    $1 == "acknowledged" && ($2 != $4 || $6 != 0) { bad = 1 }
    $1 == "stored" && $2 != $5 { bad = 1 }
    $1 == "journal" && ($7 != 1 || $9 != $5 || $11 != $5 || $13 != $5) { bad = 1 }
    END { exit bad }' "$work/check.txt" || bad=1
  [ "$bad" -eq 0 ] && echo "check: every acknowledged registration is stored once; every journal is numbered 1..N without gaps or duplicates" \
    || echo "check: FAILED (see above)"
  return "$bad"
}

# Sourced by scripts/fuzz and scripts/attack: builds and starts Ratusha (Release) on 127.0.0.1 on a throw-away database
# with the demo council, waits for /health and stops the host (and drops a PostgreSQL database it created) on exit.
#   start_host <port> <sqlite|postgres> [extra host arguments…]  → sets $base; RATUSHA_TEST_POSTGRES names the server
start_host() {
  local port="$1" provider="$2"
  shift 2
  base="http://127.0.0.1:$port"
  host_dir="$(mktemp -d)"
  local args=(--urls "$base" --Demo:Seed=true --Demo:Items=true --Reminders:Enabled=false
    --RateLimits:LoginPerMinute=100000 --RateLimits:PublicSubmissionsPerMinute=100000 --RateLimits:PublicLookupsPerMinute=100000
    --Logging:LogLevel:Default=Warning "$@")
  case "${provider,,}" in
    sqlite) args+=("--ConnectionStrings:Ratusha=Data Source=$host_dir/ratusha.db") ;;
    postgres)
      local server="${RATUSHA_TEST_POSTGRES:?set RATUSHA_TEST_POSTGRES to a PostgreSQL server (scripts/setup-postgres.sh prints one)}"
      host_pg_db="ratusha_scan_$$"
      args+=(--Database:Provider=Postgres "--ConnectionStrings:Ratusha=${server/Database=postgres/Database=$host_pg_db}") ;;
    *) echo "provider: sqlite or postgres" >&2; return 2 ;;
  esac
  dotnet build src/Ratusha -c Release -v quiet -nologo >/dev/null
  (cd src/Ratusha && exec dotnet bin/Release/net10.0/Ratusha.dll "${args[@]}") >"$host_dir/host.log" 2>&1 &
  host_pid=$!
  trap stop_host EXIT
  for _ in $(seq 300); do
    curl -fsS "$base/health" >/dev/null 2>&1 && return 0
    kill -0 "$host_pid" 2>/dev/null || { cat "$host_dir/host.log" >&2; return 1; }
    sleep 1
  done
  echo "the host did not answer /health in 300 s" >&2
  return 1
}

stop_host() {
  kill "$host_pid" 2>/dev/null || true
  wait "$host_pid" 2>/dev/null || true
  if [ -n "${host_pg_db:-}" ]; then
    local server="$RATUSHA_TEST_POSTGRES" h p u
    h="$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$server")"; p="$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$server")"; u="$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server")"
    psql -h "$h" -p "${p:-5432}" -U "$u" -d postgres -qc "DROP DATABASE IF EXISTS $host_pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP_HOST_LOG:-}" ]; then cp "$host_dir/host.log" "$KEEP_HOST_LOG"; fi
  rm -rf "$host_dir"
}

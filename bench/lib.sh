# Shared helpers for the bench/*.sh scripts. Source it; do not run it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
WORK=${BENCH_WORK:-$(mktemp -d /tmp/lsbench.XXXXXX)}
APP_PID=""

load() { cut -d' ' -f1-3 /proc/loadavg; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

ensure_jar() {
  if [[ ! -f "$JAR" ]]; then
    echo "packaging the app (./mvnw -q package -DskipTests)..." >&2
    (cd "$ROOT" && ./mvnw -q package -DskipTests) >&2
  fi
}

# start_app LOGFILE [VAR=value ...]: starts the packaged app on a free port; sets APP_PID, APP_PORT, APP_URL
start_app() {
  local log=$1; shift
  APP_PORT=$(free_port)
  APP_URL="http://127.0.0.1:$APP_PORT"
  (cd "$ROOT" && exec env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 "$@" java ${JAVA_OPTS:-} -jar "$JAR") >"$log" 2>&1 &
  APP_PID=$!
  APP_START_NS=$(date +%s%N)
}

# record_cds: bin/serve's first run of a build records the class-data archive (app-full.jsa) as it
# stops; every measured run must start from it, so this makes that recording run first, unmeasured:
# start, wait for ready, a few reads, stop.
record_cds() {
  local app="$ROOT/target/quarkus-app"
  if [[ -f "$app/app-full.jsa" && "$app/app-full.jsa" -nt "$app/quarkus-run.jar" ]]; then return 0; fi
  APP_PORT=$(free_port); APP_URL="http://127.0.0.1:$APP_PORT"
  (cd "$ROOT" && exec env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 bin/serve) >"$WORK/app-cds-record.log" 2>&1 &
  APP_PID=$!; APP_START_NS=$(date +%s%N)
  wait_ready 300 || { tail -30 "$WORK/app-cds-record.log" >&2; return 1; }
  local u
  for u in /api/v1/events /api/v1/persons/stalin "/api/v1/timeline?format=timelinejs" "/api/v1/search?q=testament" /q/openapi /; do
    curl -s -o /dev/null "$APP_URL$u"
  done
  stop_app
  [[ -f "$app/app-full.jsa" ]] || { echo "record_cds: no app-full.jsa written; log: $WORK/app-cds-record.log" >&2; return 1; }
  echo "class-data archive recorded: $(du -m "$app/app-full.jsa" | cut -f1) MB" >&2
}

# wait_ready [timeout_s]: waits for /q/health/ready = 200; sets READY_MS (since start_app)
wait_ready() {
  local t=${1:-300} i=0
  while (( i < t * 10 )); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "app exited; log:" >&2; return 1; fi
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/q/health/ready") == 200 ]]; then
      READY_MS=$(( ($(date +%s%N) - APP_START_NS) / 1000000 ))
      return 0
    fi
    sleep 0.1; i=$((i+1))
  done
  echo "app not ready after ${t}s" >&2; return 1
}

stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; local i=0
    while kill -0 "$APP_PID" 2>/dev/null && (( i < 300 )); do sleep 0.1; i=$((i+1)); done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

rss_kb() { ps -o rss= -p "$1" | tr -d ' '; }

# pg_port LOGFILE: the embedded PostgreSQL port from the start-up log
pg_port() { grep -o 'Embedded PostgreSQL started on port [0-9]*' "$1" | head -1 | grep -o '[0-9]*$'; }

# latency URL N: N sequential curl requests; prints "p50_ms p99_ms errors"
latency() {
  local url=$1 n=${2:-200} i
  local f; f=$(mktemp)
  for ((i=0;i<n;i++)); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$url" >>"$f" || echo "000 30" >>"$f"
  done
  local err; err=$(awk '$1 !~ /^2/' "$f" | wc -l)
  awk '{ print $2*1000 }' "$f" | sort -n | awk -v err="$err" '{ t[NR]=$1 } END {
        i99=int(NR*0.99+0.5); if (i99<1) i99=1; printf "%.1f %.1f %d\n", t[int(NR*0.5+0.5)], t[i99], err }'
  rm -f "$f"
}

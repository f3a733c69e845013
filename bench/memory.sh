#!/usr/bin/env bash
# Resident memory (RSS) of the Java process, launched as the README says (bin/serve), through one
# minute of distinct reads (bench/distinct-mix.lua: the busiest reads, each URL new, so the response
# cache cannot answer), sampled every 5 s. The embedded PostgreSQL runs in its own processes.
# Usage: bench/memory.sh [seconds, default 60]
source "$(dirname "$0")/lib.sh"
SECS=${1:-60}
ensure_jar
record_cds
trap stop_app EXIT
LOG="$WORK/app.log"
APP_PORT=$(free_port); APP_URL="http://127.0.0.1:$APP_PORT"
(cd "$ROOT" && exec env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 bin/serve) >"$LOG" 2>&1 &
APP_PID=$!; APP_START_NS=$(date +%s%N)
wait_ready 300 || { tail -30 "$LOG"; exit 1; }
JAVA_PID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
echo "machine: $(nproc) cores, load $(load), $(date -u +%FT%TZ); ready in ${READY_MS} ms (bin/serve)"
echo "RSS after start: $(( $(rss_kb "$JAVA_PID") / 1024 )) MiB"
wrk -t1 -c32 -d"${SECS}s" --latency -s "$ROOT/bench/distinct-mix.lua" "$APP_URL" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
max=0
for ((t=5; t<=SECS; t+=5)); do
  sleep 5
  r=$(( $(rss_kb "$JAVA_PID") / 1024 )); (( r > max )) && max=$r
  echo "  ${t}s: RSS ${r} MiB"
done
wait "$WRK" || true
echo "wrk: $(grep -E 'Requests/sec' "$WORK/wrk.txt")  $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | tr '\n' ' ')"
echo "RSS after ${SECS} s of distinct reads: $(( $(rss_kb "$JAVA_PID") / 1024 )) MiB (max sampled ${max} MiB); load $(load)"

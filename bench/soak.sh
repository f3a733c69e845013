#!/usr/bin/env bash
# Soak test: the packaged application (embedded PostgreSQL, response cache on) under 32 connections
# for five minutes, as ten 30 s slices of wrk over a mix of ten endpoints (bench/soak.lua).
# Prints each slice's requests/s and p99, the totals, the errors (must be 0) and the resident
# memory of the application at start and end. Traffic goes to 127.0.0.1 only.
#   bench/soak.sh [slices] [seconds-per-slice] [connections]
# Needs wrk (apt-get install -y wrk) and target/quarkus-app (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
SLICES=${1:-10}
SLICE_S=${2:-30}
CONNS=${3:-32}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

LOG=$(mktemp /tmp/soak-app.XXXXXX.log)
QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.5
done
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$APP/status; }
# one short warm-up so the JIT and the cache are in their steady state
wrk -t2 -c"$CONNS" -d10s -s bench/soak.lua "http://127.0.0.1:$PORT" >/dev/null
RSS0=$(rss)
echo "app pid $APP, RSS after start-up and 10 s warm-up: ${RSS0} MiB"
printf '%-6s %10s %10s %10s %10s %8s\n' slice requests req/s p50 p99 errors
total=0; errors=0
for s in $(seq 1 "$SLICES"); do
  out=$(wrk -t2 -c"$CONNS" -d"${SLICE_S}s" --latency -s bench/soak.lua "http://127.0.0.1:$PORT")
  req=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
  sock=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}'); sock=${sock:-0}
  e=$((non2xx + sock))
  total=$((total + req)); errors=$((errors + e))
  r=$(rss); [ "$s" -eq 1 ] && RSS_FIRST=$r
  printf '%-6s %10s %10s %10s %10s %8s   RSS %s MiB\n' "$s" "$req" "$rps" "$p50" "$p99" "$e" "$r"
done
RSS1=$(rss)
echo "total: $total requests in $((SLICES * SLICE_S)) s at $CONNS connections, errors: $errors"
echo "RSS: ${RSS0} MiB at start, ${RSS_FIRST} MiB after the first slice, ${RSS1} MiB at end (drift after the first slice: $((RSS1 - RSS_FIRST)) MiB)"
grep -E "ERROR|Exception" "$LOG" | head -5 || true
[ "$errors" -eq 0 ]

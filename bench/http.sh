#!/usr/bin/env bash
# Throughput and latency of the busiest reads: the app vs nginx serving the very same bytes.
# Runs twice: default config (response cache on) and LASTSTRUGGLE_CACHE_MAX_BYTES=0 (database path).
# Usage: bench/http.sh [duration, default 10s]     Needs: wrk, nginx (apt-get install -y nginx wrk)
source "$(dirname "$0")/lib.sh"
DUR=${1:-10s}
ensure_jar
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "install nginx and wrk first" >&2; exit 1; }

NAMES=(events persons-stalin timeline timeline-timelinejs timeline-vis search)
PATHS=("/api/v1/events?size=20" "/api/v1/persons/stalin"
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100"
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100&format=timelinejs"
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100&format=vis"
  "/api/v1/search?q=general%20secretary")

NGX_PID=""
cleanup() { stop_app; [[ -n "$NGX_PID" ]] && kill "$NGX_PID" 2>/dev/null || true; }
trap cleanup EXIT

# wrk_run URL -> "rps p50_ms p99_ms errors"
wrk_run() {
  local out; out=$(wrk -t2 -c32 -d"$DUR" --latency "$1" 2>&1)
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { err+=$NF }
    /Socket errors/ { gsub(/,/,""); err+=$4+$6+$8+$10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, err+0 }'
}

run_config() {
  local label=$1; shift
  local log="$WORK/app-$label.log"
  start_app "$log" "$@"
  wait_ready 300 || { tail -30 "$log"; exit 1; }
  echo "== $label: app ready in ${READY_MS} ms (load $(load))"

  # the static copy: same bytes, same Content-Type
  local www="$WORK/www-$label"; mkdir -p "$www"
  local types="" i
  for i in "${!NAMES[@]}"; do
    local ct
    ct=$(curl -s -D - -o "$www/${NAMES[$i]}" "$APP_URL${PATHS[$i]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-type"{print $2}')
    types+="    location = /${NAMES[$i]} { default_type \"$ct\"; }"$'\n'
  done
  local nport; nport=$(free_port)
  cat >"$WORK/nginx-$label.conf" <<NGX
daemon off;
worker_processes 2;
pid $WORK/nginx-$label.pid;
error_log $WORK/nginx-$label-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  types {}
  client_body_temp_path $WORK/ngx-tmp; proxy_temp_path $WORK/ngx-tmp; fastcgi_temp_path $WORK/ngx-tmp;
  uwsgi_temp_path $WORK/ngx-tmp; scgi_temp_path $WORK/ngx-tmp;
  server {
    listen 127.0.0.1:$nport;
    root $www;
$types  }
}
NGX
  mkdir -p "$WORK/ngx-tmp"
  nginx -c "$WORK/nginx-$label.conf" -e "$WORK/nginx-$label-error.log" &
  NGX_PID=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$nport/events" && break; sleep 0.1; done
  for i in "${!NAMES[@]}"; do
    cmp -s <(curl -s "http://127.0.0.1:$nport/${NAMES[$i]}") "$www/${NAMES[$i]}" || echo "WARN: nginx bytes differ for ${NAMES[$i]}" >&2
  done

  # warm-up of the JIT (and of the cache, when on)
  for i in "${!NAMES[@]}"; do wrk -t2 -c8 -d2s "$APP_URL${PATHS[$i]}" >/dev/null 2>&1; done

  echo
  echo "### $label (wrk -t2 -c32 -d$DUR --latency)"
  echo
  echo "| endpoint | bytes | app req/s | app p50 ms | app p99 ms | app errors | nginx req/s | nginx p50 ms | nginx p99 ms | nginx errors | app/nginx req/s | load (1m) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for i in "${!NAMES[@]}"; do
    local a n
    a=($(wrk_run "$APP_URL${PATHS[$i]}"))
    n=($(wrk_run "http://127.0.0.1:$nport/${NAMES[$i]}"))
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" "${PATHS[$i]#/api/v1}" \
      "$(stat -c %s "$www/${NAMES[$i]}")" "${a[0]}" "${a[1]}" "${a[2]}" "${a[3]}" "${n[0]}" "${n[1]}" "${n[2]}" "${n[3]}" \
      "$(awk -v a="${a[0]}" -v n="${n[0]}" 'BEGIN{printf "%.3f", (n>0? a/n : 0)}')" "$(load | cut -d' ' -f1)"
  done
  echo
  kill "$NGX_PID" 2>/dev/null; wait "$NGX_PID" 2>/dev/null || true; NGX_PID=""
  stop_app
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(load), $(date -u +%FT%TZ)"
run_config "cache-on"
run_config "cache-off" LASTSTRUGGLE_CACHE_MAX_BYTES=0

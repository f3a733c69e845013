#!/usr/bin/env bash
# The three reads of issue 15, on the packaged app launched as the README says (bin/serve), each
# measured four ways in one run, with wrk -t1 -c32:
#   nginx     the very same bytes from nginx (the physical ceiling of HTTP on this machine)
#   repeat    the same URL again and again (the response cache answers)
#   distinct  an ignored query parameter with a new value per request (no cache can answer:
#             the database path, as for varied filters, the first read after a load, 1000x data)
#   pgbench   the read's own SQL statements, prepared, 32 clients (the database's ceiling)
# and the CPU the Java process and PostgreSQL spent per distinct request.
# Usage: bench/reads.sh [duration, default 10s]      Needs: wrk, nginx, pgbench (postgresql-contrib)
source "$(dirname "$0")/lib.sh"
DUR=${1:-10s}
ensure_jar
record_cds
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "install nginx and wrk first" >&2; exit 1; }
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -1)
NGX_PID=""
cleanup() { stop_app; [[ -n "$NGX_PID" ]] && kill "$NGX_PID" 2>/dev/null || true; }
trap cleanup EXIT

NAMES=(events timeline-timelinejs person-stalin)
PATHS=("/api/v1/events?from=1922-12&to=1923-03&size=20"
  "/api/v1/timeline?from=1922-12&to=1923-03&format=timelinejs"
  "/api/v1/persons/stalin")
# the statements each read runs (bench/sql/<name>.sql), as pgbench scripts
SQLS=(events-window timeline-window-timelinejs person-detail)

LOG="$WORK/app.log"
APP_PORT=$(free_port); APP_URL="http://127.0.0.1:$APP_PORT"
(cd "$ROOT" && exec env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 bin/serve) >"$LOG" 2>&1 &
APP_PID=$!; APP_START_NS=$(date +%s%N)
wait_ready 300 || { tail -30 "$LOG"; exit 1; }
JAVA_PID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
PGPORT=$(pg_port "$LOG")
echo "machine: $(nproc) cores, load $(load), $(date -u +%FT%TZ); app ready in ${READY_MS} ms (bin/serve), PostgreSQL on $PGPORT"

www="$WORK/www"; mkdir -p "$www" "$WORK/ngx-tmp"; types=""
chmod a+rx "$WORK" "$www"   # nginx's workers read the files as another user
for i in "${!NAMES[@]}"; do
  ct=$(curl -s -D - -o "$www/${NAMES[$i]}" "$APP_URL${PATHS[$i]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-type"{print $2}')
  types+="    location = /${NAMES[$i]} { default_type \"$ct\"; }"$'\n'
done
nport=$(free_port)
cat >"$WORK/nginx.conf" <<NGX
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; keepalive_requests 1000000; types {}
  client_body_temp_path $WORK/ngx-tmp; proxy_temp_path $WORK/ngx-tmp; fastcgi_temp_path $WORK/ngx-tmp;
  uwsgi_temp_path $WORK/ngx-tmp; scgi_temp_path $WORK/ngx-tmp;
  server { listen 127.0.0.1:$nport; root $www;
$types  }
}
NGX
nginx -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" & NGX_PID=$!
sleep 0.5

# wrk_run URL [script] -> "rps p50_ms p99_ms errors"
wrk_run() {
  local out; out=$(wrk -t1 -c32 -d"$DUR" --latency ${2:+-s "$2"} "$1" 2>&1)
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 } /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { err+=$NF } /Socket errors/ { gsub(/,/,""); err+=$4+$6+$8+$10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, err+0 }'
}
# CPU ticks (user+system) of a process and of all postgres processes
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
# the embedded server's postmaster (found by its port) and its children (the backends)
PGMAIN=$(pgrep -f -- "-p $PGPORT" | head -1)
# (the postmaster's own line adds cutime+cstime, the CPU of backends that have exited: a connection the
# pool closed during a run still counts)
pg_ticks() {
  local t p; t=$(awk '{print $14+$15+$16+$17}' "/proc/$PGMAIN/stat")
  for p in $(pgrep -P "$PGMAIN"); do t=$((t + $(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $t
}
HZ=$(getconf CLK_TCK)

# warm-up, 40 s per read unless WARM says otherwise: the pool, and the JIT's steady state (a process fresh from its start served its first
# seconds of distinct reads at a fraction of its later rate)
WARM=${WARM:-40s}
for p in "${PATHS[@]}"; do wrk -t1 -c32 -d"$WARM" -s "$ROOT/bench/distinct.lua" "$APP_URL$p" >/dev/null 2>&1; done

echo
echo "| read | bytes | nginx req/s | repeat req/s | repeat p99 ms | distinct req/s | distinct p50 ms | distinct p99 ms | distinct / nginx | pgbench tps | distinct / pgbench | Java CPU ms/req | PostgreSQL CPU ms/req | errors | load (1m) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for i in "${!NAMES[@]}"; do
  n=($(wrk_run "http://127.0.0.1:$nport/${NAMES[$i]}"))
  r=($(wrk_run "$APP_URL${PATHS[$i]}"))
  j0=$(ticks "$JAVA_PID"); g0=$(pg_ticks)
  d=($(wrk_run "$APP_URL${PATHS[$i]}" "$ROOT/bench/distinct.lua"))
  j1=$(ticks "$JAVA_PID"); g1=$(pg_ticks)
  secs=${DUR%s}
  reqs=$(awk -v r="${d[0]}" -v s="$secs" 'BEGIN{print r*s}')
  tps="-"
  if [[ -n "$PGBENCH" && -f "$ROOT/bench/sql/${SQLS[$i]}.sql" ]]; then
    tps=$(PGPASSWORD=postgres "$PGBENCH" -n -M prepared -c 32 -j 1 -T "$secs" -f "$ROOT/bench/sql/${SQLS[$i]}.sql" \
      -h 127.0.0.1 -p "$PGPORT" -U postgres postgres 2>/dev/null | awk '/^tps/ {printf "%.0f", $3}')
  fi
  printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" "${PATHS[$i]#/api/v1}" \
    "$(stat -c %s "$www/${NAMES[$i]}")" "${n[0]}" "${r[0]}" "${r[2]}" "${d[0]}" "${d[1]}" "${d[2]}" \
    "$(awk -v a="${d[0]}" -v b="${n[0]}" 'BEGIN{printf "%.3f", (b>0 ? a/b : 0)}')" "$tps" \
    "$(awk -v a="${d[0]}" -v b="$tps" 'BEGIN{printf "%.2f", (b>0 ? a/b : 0)}')" \
    "$(awk -v t=$((j1-j0)) -v hz=$HZ -v n="$reqs" 'BEGIN{printf "%.3f", (n>0 ? t*1000/hz/n : 0)}')" \
    "$(awk -v t=$((g1-g0)) -v hz=$HZ -v n="$reqs" 'BEGIN{printf "%.3f", (n>0 ? t*1000/hz/n : 0)}')" \
    "$((n[3] + r[3] + d[3]))" "$(load | cut -d' ' -f1)"
done
echo
echo "RSS of the Java process now: $(( $(rss_kb "$JAVA_PID") / 1024 )) MiB"

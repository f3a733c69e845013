#!/usr/bin/env bash
# Throughput of 1, 2 and 3 instances behind nginx, in the topology of ClusterIT and
# docker/docker-compose.yml: Debian's PostgreSQL as a primary and a streaming standby
# (pg_basebackup -R), the instances reading from the standby (multi-host URL,
# targetServerType=preferSecondary) with their loader on the primary, nginx running
# docker/nginx-lb.conf with N upstream servers. For N = 1, 2, 3: wrk -t2 -c32 through nginx over
# six reads, once cached (the same URLs again and again) and once on the database path (every
# URL distinct, so every request misses the response cache and queries the standby).
# Usage: bench/cluster.sh [duration, default 10s]
# Needs: a PostgreSQL server (apt-get install -y postgresql), nginx, wrk, curl (.ci/install-test-deps).
source "$(dirname "$0")/lib.sh"
DUR=${1:-10s}
ensure_jar
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$PGBIN/initdb" && -x "$PGBIN/pg_basebackup" ]] || { echo "install postgresql first" >&2; exit 1; }
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "install nginx and wrk first" >&2; exit 1; }

AS_PG=()
[[ $(id -u) == 0 ]] && AS_PG=(runuser -u postgres --)
chmod 755 "$WORK"
PGW="$WORK/pg"; mkdir -p "$PGW"; [[ $(id -u) == 0 ]] && chown postgres:postgres "$PGW"
P_PORT=$(free_port); S_PORT=$(free_port)
PIDS=(); NGX_PID=""

cleanup() {
  [[ -n "$NGX_PID" ]] && kill "$NGX_PID" 2>/dev/null || true
  for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && { for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done; kill -9 "$p" 2>/dev/null || true; }; done
  for d in standby primary; do
    [[ -d "$PGW/$d" ]] && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGW/$d" -m immediate stop >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

pg_start() { # name port extra-options
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGW/$1" -l "$PGW/$1.log" -w -t 120 \
    -o "-p $2 -k $PGW -c listen_addresses=127.0.0.1 $3" start >/dev/null
}
psql_do() { # port db user sql
  "$PGBIN/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -d "$2" -U "$3" -c "$4" >/dev/null
}

echo "== setting up: primary on $P_PORT, standby on $S_PORT (load $(load))"
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGW/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_start primary "$P_PORT" ""
psql_do "$P_PORT" postgres postgres "create role laststruggle login createrole password 'owner'"
psql_do "$P_PORT" postgres postgres "create database laststruggle owner laststruggle"
"$PGBIN/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$P_PORT" -d laststruggle -U laststruggle \
  -f "$ROOT/docker/initdb/10-reader-role.sql" >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U postgres -D "$PGW/standby" -R -X stream -c fast
pg_start standby "$S_PORT" "-c hot_standby=on -c hot_standby_feedback=on"

API_URL="jdbc:postgresql://127.0.0.1:$S_PORT,127.0.0.1:$P_PORT/laststruggle?targetServerType=preferSecondary&loadBalanceHosts=true"
PORTS=()
for i in 1 2 3; do
  start_app "$WORK/app-$i.log" QUARKUS_DATASOURCE_JDBC_URL="$API_URL" \
    QUARKUS_DATASOURCE_USERNAME=laststruggle_reader QUARKUS_DATASOURCE_PASSWORD=laststruggle_reader \
    LASTSTRUGGLE_LOADER_URL="jdbc:postgresql://127.0.0.1:$P_PORT/laststruggle" \
    LASTSTRUGGLE_LOADER_USERNAME=laststruggle LASTSTRUGGLE_LOADER_PASSWORD=owner \
    LASTSTRUGGLE_EMBEDDED_POSTGRES_ENABLED=false
  PIDS+=("$APP_PID"); PORTS+=("$APP_PORT")
  wait_ready 300 || { tail -30 "$WORK/app-$i.log"; exit 1; }
  echo "instance $i ready in ${READY_MS} ms on port $APP_PORT (load $(load))"
done

PATHS=("/api/v1/events?size=20" "/api/v1/persons/stalin" "/api/v1/timeline?from=1922-12&to=1923-03&size=100"
  "/api/v1/documents?partOf=letter-to-the-congress" "/api/v1/search?q=general%20secretary" "/api/v1/disputes")
lua_paths=""; for p in "${PATHS[@]}"; do lua_paths+="  \"$p\","$'\n'; done
cat >"$WORK/cached.lua" <<LUA
local paths = {
$lua_paths}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
cat >"$WORK/distinct.lua" <<LUA
local paths = {
$lua_paths}
local counter = 1
function setup(thread) thread:set("id", counter); counter = counter + 1 end
local n = 0
request = function()
  n = n + 1
  local p = paths[(n % #paths) + 1]
  local sep = string.find(p, "?", 1, true) and "&" or "?"
  return wrk.format("GET", p .. sep .. "bench=" .. id .. "-" .. n)
end
LUA

# wrk_run URL SCRIPT -> "rps p50_ms p99_ms errors"
wrk_run() {
  local out; out=$(wrk -t2 -c32 -d"$DUR" --latency -s "$2" "$1" 2>&1)
  echo "$out" >>"$WORK/wrk.txt"
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { err+=$NF }
    /Socket errors/ { gsub(/,/,""); err+=$4+$6+$8+$10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, err+0 }'
}

# Warm-up: every instance, directly, both mixes, so each JIT has seen the code before it is measured.
for port in "${PORTS[@]}"; do
  wrk -t2 -c16 -d5s -s "$WORK/cached.lua" "http://127.0.0.1:$port" >/dev/null
  wrk -t2 -c16 -d5s -s "$WORK/distinct.lua" "http://127.0.0.1:$port" >/dev/null
done

start_nginx() { # N: nginx over the first N instances, with docker/nginx-lb.conf's directives
  local n=$1 dir="$WORK/nginx-$1" servers="" i
  mkdir -p "$dir"; chmod 777 "$dir"
  for ((i=0;i<n;i++)); do servers+="    server 127.0.0.1:${PORTS[$i]} max_fails=2 fail_timeout=10s;"$'\n'; done
  LB_PORT=$(free_port)
  SERVERS="$servers" DIR="$dir" LB="$LB_PORT" python3 - "$ROOT/docker/nginx-lb.conf" >"$dir/nginx.conf" <<'PY'
import os, re, sys
conf = open(sys.argv[1]).read()
conf, n1 = re.subn(r"\n\s*server api:8080 resolve [^;]*;", "\n" + os.environ["SERVERS"].rstrip("\n"), conf)
conf, n2 = re.subn(r"\n\s*resolver [^;]*;", "", conf)
conf, n3 = re.subn(r"listen 8080;", "listen 127.0.0.1:%s;" % os.environ["LB"], conf)
d = os.environ["DIR"]
conf, n4 = re.subn(r"http \{", "http {\n  client_body_temp_path %s/t; proxy_temp_path %s/t; fastcgi_temp_path %s/t;"
                   " uwsgi_temp_path %s/t; scgi_temp_path %s/t;" % (d, d, d, d, d), conf, count=1)
assert (n1, n2, n3, n4) == (1, 1, 1, 1), (n1, n2, n3, n4)
print("daemon off;\npid %s/nginx.pid;\nerror_log %s/error.log warn;\n" % (d, d) + conf)
PY
  nginx -p "$dir/" -c "$dir/nginx.conf" -e "$dir/error.log" &
  NGX_PID=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$LB_PORT/lb-health" && return 0; sleep 0.1; done
  echo "nginx did not start" >&2; cat "$dir/error.log" >&2; exit 1
}

echo
echo "Through nginx, wrk -t2 -c32 -d$DUR; nginx, wrk, the instances and both PostgreSQL servers share $(nproc) cores."
echo
echo "| instances | cached req/s | p50 ms | p99 ms | errors | load (1m) | database path req/s | p50 ms | p99 ms | errors | load (1m) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in 1 2 3; do
  start_nginx "$n"
  c=$(wrk_run "http://127.0.0.1:$LB_PORT" "$WORK/cached.lua"); lc=$(load | cut -d' ' -f1)
  d=$(wrk_run "http://127.0.0.1:$LB_PORT" "$WORK/distinct.lua"); ld=$(load | cut -d' ' -f1)
  read -r crps cp50 cp99 cerr <<<"$c"; read -r drps dp50 dp99 derr <<<"$d"
  echo "| $n | $crps | $cp50 | $cp99 | $cerr | $lc | $drps | $dp50 | $dp99 | $derr | $ld |"
  kill "$NGX_PID"; wait "$NGX_PID" 2>/dev/null || true; NGX_PID=""
done
echo
echo "wrk outputs: $WORK/wrk.txt; logs: $WORK (load at the end: $(load))"

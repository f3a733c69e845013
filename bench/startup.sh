#!/usr/bin/env bash
# Start-up time (launch to /q/health/ready = 200) and resident memory of the packaged app, launched as the
# README says (bin/serve).
#   initdb:      a fresh temporary data directory on a machine without the kept empty cluster
#                (initdb, migration, curation load), as the very first start on a machine
#   first start: a fresh temporary data directory, its empty cluster copied from the one the
#                first start kept (migration, curation load)
#   restart:     a kept LASTSTRUGGLE_EMBEDDED_POSTGRES_DATA_DIR with unchanged curation
# RSS (ps -o rss, the java process only; the embedded PostgreSQL runs in its own processes) right
# after ready and after 10 s of load (wrk -t2 -c8 over bench/mix.lua, default config).
# Usage: bench/startup.sh [runs, default 5]
source "$(dirname "$0")/lib.sh"
RUNS=${1:-5}
ensure_jar
record_cds
trap stop_app EXIT
DATA="$WORK/pgdata"

# serve LOGFILE [VAR=value ...]: bin/serve on a free port; sets APP_PID (the script's), JAVA_PID
serve() {
  local log=$1; shift
  APP_PORT=$(free_port); APP_URL="http://127.0.0.1:$APP_PORT"
  (cd "$ROOT" && exec env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 "$@" bin/serve) >"$log" 2>&1 &
  APP_PID=$!; APP_START_NS=$(date +%s%N); JAVA_PID=$APP_PID
}

one() {
  local mode=$1 i=$2 log="$WORK/app-$1-$2.log"
  if [[ $mode != restart ]]; then serve "$log"; else serve "$log" LASTSTRUGGLE_EMBEDDED_POSTGRES_DATA_DIR="$DATA"; fi
  wait_ready 300 || { tail -30 "$log"; exit 1; }
  local ready=$READY_MS l0; l0=$(load | cut -d' ' -f1)
  sleep 1
  local rss0; rss0=$(rss_kb "$JAVA_PID")
  wrk -t2 -c8 -d10s -s "$ROOT/bench/mix.lua" "$APP_URL" >"$WORK/wrk-$mode-$i.txt" 2>&1
  local rss1; rss1=$(rss_kb "$JAVA_PID")
  stop_app
  echo "$mode $i $ready $rss0 $rss1 $l0" | tee -a "$WORK/startup.dat" >&2
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(load)"
# the empty cluster the first temporary start keeps (EmbeddedPostgresConfigSourceFactory.template)
TEMPLATE="/tmp/last-struggle-empty-cluster-$(id -un)"  # java.io.tmpdir
for ((i=1;i<=RUNS;i++)); do rm -rf "$TEMPLATE"; one initdb "$i"; done
for ((i=1;i<=RUNS;i++)); do one first "$i"; done
# prime the kept data directory once (not measured), then restart RUNS times
serve "$WORK/app-prime.log" LASTSTRUGGLE_EMBEDDED_POSTGRES_DATA_DIR="$DATA"; wait_ready 300; stop_app
for ((i=1;i<=RUNS;i++)); do one restart "$i"; done

echo
echo "| start | runs | ready ms (median) | ready ms (min-max) | RSS after start MiB (median) | RSS after 10 s load MiB (median) | load (1m) at ready |"
echo "|---|---|---|---|---|---|---|"
med() { sort -n | awk '{ a[NR]=$1 } END { print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2 }'; }
for m in initdb first restart; do
  d=$(awk -v m="$m" '$1==m' "$WORK/startup.dat")
  printf "| %s | %d | %.0f | %s-%s | %.0f | %.0f | %s |\n" \
    "$(case $m in initdb) echo "first start on a machine (fresh data dir, initdb)";; first) echo "first start (fresh data dir, empty cluster copied)";;
       *) echo "restart (kept data dir)";; esac)" "$(echo "$d" | wc -l)" \
    "$(echo "$d" | awk '{print $3}' | med)" "$(echo "$d" | awk '{print $3}' | sort -n | head -1)" "$(echo "$d" | awk '{print $3}' | sort -n | tail -1)" \
    "$(echo "$d" | awk '{print $4/1024}' | med)" "$(echo "$d" | awk '{print $5/1024}' | med)" "$(echo "$d" | awk '{printf "%s ", $6}')"
done

#!/usr/bin/env bash
# SQL statements per request for each endpoint, cache off, from the Hibernate SQL log.
# Lists are measured at size=1 and size=100: equal counts mean no N+1.
# Usage: bench/sql.sh
source "$(dirname "$0")/lib.sh"
ensure_jar
trap stop_app EXIT
LOG="$WORK/app-sql.log"
start_app "$LOG" LASTSTRUGGLE_CACHE_MAX_BYTES=0 QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false
wait_ready 300 || { tail -30 "$LOG"; exit 1; }
echo "app ready in ${READY_MS} ms (load $(load))"

# statements logged by Hibernate: one line each, "[Hibernate] select ..." on stdout (ANSI-highlighted)
nsql() { sed 's/\x1b\[[0-9;]*m//g' "$LOG" | grep -cE '^\[Hibernate\]|\[org\.hib(ernate)?\.SQL\]' || true; }

# count PATH -> "statements http_status"
count() {
  sleep 0.2; local before after code
  before=$(nsql)
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$APP_URL$1")
  sleep 0.3
  after=$(nsql)
  echo "$((after - before)) $code"
}

LISTS=(
  "/api/v1/sources?"
  "/api/v1/sources/pathfinder-1975/passages?"
  "/api/v1/persons?"
  "/api/v1/documents?"
  "/api/v1/letters?"
  "/api/v1/congresses?"
  "/api/v1/events?"
  "/api/v1/disputes?"
  "/api/v1/timeline?"
  "/api/v1/timeline?format=timelinejs&"
  "/api/v1/timeline?format=vis&"
  "/api/v1/timeline?from=1922-12&to=1923-03&"
  "/api/v1/search?q=stalin&"
  "/api/v1/search?q=general%20secretary&"
)
DETAILS=(
  "/api/v1/sources/pathfinder-1975"
  "/api/v1/passages/pathfinder-1975-0671"
  "/api/v1/persons/stalin"
  "/api/v1/persons/fotieva"
  "/api/v1/documents/letter-to-the-congress-1922-12-24"
  "/api/v1/letters/letter-to-trotsky-1923-03-05"
  "/api/v1/congresses/twelfth-party-congress"
  "/api/v1/events/lenin-death-1924-01-21"
  "/api/v1/disputes/date-of-postscript-on-stalin"
)
# warm-up: the first request of each kind may trigger one-off statements
for p in "${LISTS[@]}"; do curl -s -o /dev/null "$APP_URL${p}size=1"; done
for p in "${DETAILS[@]}"; do curl -s -o /dev/null "$APP_URL$p"; done

echo
echo "### SQL statements per request (cache off; load $(load))"
echo
echo "| endpoint | size=1 | size=100 | HTTP | N+1? |"
echo "|---|---|---|---|---|"
for p in "${LISTS[@]}"; do
  a=($(count "${p}size=1")); b=($(count "${p}size=100"))
  flag=$([[ ${a[0]} == "${b[0]}" ]] && echo no || echo "YES (differs)")
  printf "| %s | %s | %s | %s/%s | %s |\n" "${p%[?&]}" "${a[0]}" "${b[0]}" "${a[1]}" "${b[1]}" "$flag"
done
for p in "${DETAILS[@]}"; do
  a=($(count "$p"))
  printf "| %s | %s | (detail) | %s | - |\n" "$p" "${a[0]}" "${a[1]}"
done

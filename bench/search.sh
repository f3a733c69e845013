#!/usr/bin/env bash
# Search latency (median, p99) over a fixed set of 20 queries, each asked REPS times in turn,
# response cache off: with the corpus as it is, then with the passages copied 100 times.
# Usage: bench/search.sh [REPS, default 10]
source "$(dirname "$0")/lib.sh"
REPS=${1:-10}
ensure_jar
trap stop_app EXIT
LOG="$WORK/app-search.log"
QUERIES=("stalin" "general secretary" "testament" "trotsky" "krupskaya" "rude" "georgian affair" "dzerzhinsky"
  "ordzhonikidze" "nationalities question" "letter to the congress" "remove stalin" "politburo" "twelfth congress"
  "stroke" "bukharin" "kamenev zinoviev" "gosplan" "workers' and peasants' inspection" "monopoly of foreign trade")

start_app "$LOG" LASTSTRUGGLE_CACHE_MAX_BYTES=0
wait_ready 300 || { tail -30 "$LOG"; exit 1; }
PGPORT=$(pg_port "$LOG"); export PGPASSWORD=postgres
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
echo "app ready in ${READY_MS} ms (load $(load))"

# run LABEL: all queries REPS times; prints a summary row and per-query medians
run() {
  local label=$1 f="$WORK/search-$1.dat" r q
  : >"$f"
  for q in "${QUERIES[@]}"; do curl -s -o /dev/null -G --data-urlencode "q=$q" "$APP_URL/api/v1/search"; done   # warm
  local l0; l0=$(load | cut -d' ' -f1)
  for ((r=0;r<REPS;r++)); do
    for q in "${QUERIES[@]}"; do
      curl -s -o /dev/null -G --data-urlencode "q=$q" -w "%{http_code} %{time_total} $q\n" --max-time 30 "$APP_URL/api/v1/search" >>"$f"
    done
  done
  local passages total
  passages=$("${PSQL[@]}" -At -c "select count(*) from passage")
  local err; err=$(awk '$1 !~ /^2/' "$f" | wc -l)
  awk '{ print $2*1000 }' "$f" | sort -n | awk -v label="$label" -v p="$passages" -v l0="$l0" -v l1="$(load | cut -d' ' -f1)" -v err="$err" '
    { t[NR]=$1 }
    END { n=NR; printf "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %s / %s |\n", label, p, n, t[int(n*0.5+0.5)], t[int(n*0.99+0.5)], t[n], err, l0, l1 }' >>"$WORK/search-summary.md"
}

run "corpus as is"
echo "copying the passages 99 more times..." >&2
t0=$(date +%s)
"${PSQL[@]}" <<'SQL'
insert into passage (id, source_id, seq, start_pos, end_pos, printed_page, part, book_section, clean_text)
  select p.id || '-s' || g, p.source_id, p.seq + g * 100000, p.start_pos, p.end_pos, p.printed_page, p.part, p.book_section, p.clean_text
  from passage p, generate_series(1, 99) g;
-- and their rows of the read model, from which /search reads a page's passages (the JSON names the original ids)
insert into passage_read (id, source_id, ord, printed_page, detail_json)
  select r.id || '-s' || g, r.source_id, r.ord + g * 100000, r.printed_page, r.detail_json
  from passage_read r, generate_series(1, 99) g;
analyze;
SQL
echo "(inserted in $(( $(date +%s) - t0 )) s)" >&2
run "passages x100"

echo
echo "### search latency, 20 queries x $REPS, sequential, cache off"
echo
echo "| corpus | passages | requests | median ms | p99 ms | max ms | errors | load (1m) before / after |"
echo "|---|---|---|---|---|---|---|---|"
cat "$WORK/search-summary.md"
echo
echo "per query, median ms (as is -> x100):"
for q in "${QUERIES[@]}"; do
  a=$(grep " $q\$" "$WORK/search-corpus as is.dat" | awk '{print $2*1000}' | sort -n | awk '{a[NR]=$1} END{print a[int(NR/2+0.5)]}')
  b=$(grep " $q\$" "$WORK/search-passages x100.dat" | awk '{print $2*1000}' | sort -n | awk '{a[NR]=$1} END{print a[int(NR/2+0.5)]}')
  printf "  %-36s %8.1f -> %8.1f\n" "$q" "$a" "$b"
done

#!/usr/bin/env bash
# Latency of the timeline (Dec 1922 - Mar 1923) and of three searches as the data grows to 10x, 100x,
# 1000x the real dataset. Synthetic copies of event, event_agent, document, document_agent,
# citation, passage, passage_read, timeline_read and event_read rows (ids suffixed -sN, dates shifted
# within 1900-1990) are inserted into the app's embedded PostgreSQL, timeline_span and event_span are written again
# from timeline_read, then ANALYZE, then measured with the response cache off.
# The searches: "general secretary" (a page of event titles; the query of earlier runs), "testament"
# (document names, event titles, then many text hits) and "rude" (no title holds it: a page of text
# hits, every match ranked). Each row also prints each search's total and whether it is a lower bound.
# Usage: bench/growth.sh [factors, default "10 100 1000"]
#   GROWTH_PASSAGE_MAX=1000 passages are copied up to this factor only (1000x passages = 1.6 M rows of
#                           text + tsvector + GIN, ~5 min to insert; 100 for a quicker timeline run)
#   GROWTH_SECONDS=8        wrk duration per measurement (wrk -t1 -c4 --latency)
# Each search also gets its CPU cost per request (the app's JVM and its database backends, from
# /proc): on a machine others load, the ratio of these is steadier than the ratio of latencies.
source "$(dirname "$0")/lib.sh"
FACTORS=(${1:-10 100 1000})
PMAX=${GROWTH_PASSAGE_MAX:-1000}
SECS=${GROWTH_SECONDS:-8}
ensure_jar
trap stop_app EXIT
LOG="$WORK/app-growth.log"
start_app "$LOG" LASTSTRUGGLE_CACHE_MAX_BYTES=0
wait_ready 300 || { tail -30 "$LOG"; exit 1; }
PGPORT=$(pg_port "$LOG")
export PGPASSWORD=postgres
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
echo "app ready in ${READY_MS} ms, embedded PostgreSQL on port $PGPORT (load $(load))"

TL="/api/v1/timeline?from=1922-12&to=1923-03&size=100"
SQ=("/api/v1/search?q=general%20secretary" "/api/v1/search?q=testament" "/api/v1/search?q=rude")
TL_SQL="$ROOT/bench/sql/timeline-window-native.sql"
SQ_SQL="$ROOT/bench/sql/search.sql"

counts() {
  "${PSQL[@]}" -At -F' ' -c "select (select count(*) from event), (select count(*) from document),
    (select count(*) from citation), (select count(*) from passage),
    (select count(*) from timeline_read where date_days && daterange('1922-12-01','1923-03-31','[]')),
    pg_size_pretty(pg_database_size('postgres'))"
}

# CPU ticks (1/100 s) used so far by the app's JVM and its database's client backends: the work a request
# costs, which other people's load on the machine changes far less than it changes the latency
cpu_ticks() {
  local pids; pids="$APP_PID $(ps -eo pid=,args= | awk -v port="$PGPORT" '
    $0 ~ ("bin/postgres .*-p " port "( |$)") { print $1 }' | xargs -r -n1 ps -o pid=,args= --ppid | awk '/postgres: postgres postgres/ { print $1 }')"
  local p t=0
  for p in $pids; do [[ -r /proc/$p/stat ]] && t=$(( t + $(awk '{ print $14 + $15 }' /proc/$p/stat) )); done
  echo "$t"
}

# measure PATH -> "requests p50 p99 errors cpu_ms_per_request"
measure() {
  local c0 c1 out; c0=$(cpu_ticks)
  out=$(wrk -t1 -c4 -d"${SECS}s" --timeout 30s --latency "$APP_URL$1" 2>&1)
  c1=$(cpu_ticks)
  echo "$out" | awk -v ticks=$(( c1 - c0 )) '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /requests in/ { n=$1 } /^ +50%/ { p50=ms($2) } /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { err+=$NF } /Socket errors/ { gsub(/,/,""); err+=$4+$6+$8+$10 }
    END { printf "%d %.1f %.1f %d %.2f\n", n, p50, p99, err+0, (n > 0 ? ticks * 10 / n : 0) }'
}

# grow FROM TO: adds copies FROM..TO-1 (copy 0 is the real data)
grow() {
  local a=$1 b=$2 pb=$2
  (( pb > PMAX )) && pb=$PMAX
  "${PSQL[@]}" <<SQL
\timing on
begin;
-- copy k shifts every date by the same number of days; the shifts spread the copies over 1900-1990
create temp table k as select g as k, (((g * 7919) % 32500) - 8000) as shift, '-s' || g as sfx
  from generate_series($a, $((b - 1))) g;
insert into passage (id, source_id, seq, start_pos, end_pos, printed_page, part, book_section, clean_text)
  select p.id || k.sfx, p.source_id, p.seq + k.k * 100000, p.start_pos, p.end_pos, p.printed_page, p.part, p.book_section, p.clean_text
  from passage p, k where p.id !~ '-s[0-9]+\$' and k.k < $pb;
-- the read model's row of each copied passage: /search reads a page's passages (reading text, citation) from it.
-- The JSON is the original's (it names the original ids): the same bytes to read and parse.
insert into passage_read (id, source_id, ord, printed_page, detail_json)
  select r.id || k.sfx, r.source_id, r.ord + k.k * 100000, r.printed_page, r.detail_json
  from passage_read r, k where r.id !~ '-s[0-9]+\$' and k.k < $pb;
insert into event (id, title, summary, type, congress_id, date_edtf, date_label, date_precision, date_earliest, date_latest)
  select e.id || k.sfx, e.title, e.summary, e.type, e.congress_id, e.date_edtf, e.date_label, e.date_precision,
         e.date_earliest + k.shift, e.date_latest + k.shift
  from event e, k where e.id !~ '-s[0-9]+\$';
insert into event_agent (event_id, agent_type, agent_id, role, ord)
  select a.event_id || k.sfx, a.agent_type, a.agent_id, a.role, a.ord from event_agent a, k where a.event_id !~ '-s[0-9]+\$';
insert into document (id, title, kind, summary, part_of, part_seq, congress_id, date_edtf, date_label, date_precision,
    date_earliest, date_latest, pub_edtf, pub_label, pub_precision, pub_earliest, pub_latest)
  select d.id || k.sfx, d.title, d.kind, d.summary, d.part_of || k.sfx, d.part_seq, d.congress_id, d.date_edtf, d.date_label,
         d.date_precision, d.date_earliest + k.shift, d.date_latest + k.shift, d.pub_edtf, d.pub_label, d.pub_precision,
         d.pub_earliest + k.shift, d.pub_latest + k.shift
  from document d, k where d.id !~ '-s[0-9]+\$';
insert into document_agent (document_id, role, agent_type, agent_id, ord)
  select a.document_id || k.sfx, a.role, a.agent_type, a.agent_id, a.ord from document_agent a, k where a.document_id !~ '-s[0-9]+\$';
insert into citation (subject_type, subject_id, ord, source_id, passage_id, start_pos, end_pos, quote, page)
  select c.subject_type, c.subject_id || k.sfx, c.ord, c.source_id,
         case when k.k < $pb then c.passage_id || k.sfx else c.passage_id end, c.start_pos, c.end_pos, c.quote, c.page
  from citation c, k where c.subject_type in ('event', 'document', 'publication') and c.subject_id !~ '-s[0-9]+\$';
-- the read model the API reads: the same copies, each date's days shifted, then every list's order
-- (ord) computed again over all rows by first day, last day, kind and id, as the loader orders real data
insert into timeline_read (id, kind, ord, type, date_days, agents, top_level, text_norm, native_json, timelinejs_json, vis_json)
  select t.id || k.sfx, t.kind, 0, t.type, (select range_agg(daterange(lower(r) + k.shift, upper(r) + k.shift)) from unnest(t.date_days) r),
         t.agents, t.top_level, t.text_norm, t.native_json, t.timelinejs_json, t.vis_json
  from timeline_read t, k where t.id !~ '-s[0-9]+\$';
insert into event_read (id, ord, type, date_days, congress_id, agents, documents, text_norm, item_json, detail_json)
  select e.id || k.sfx, 0, e.type, (select range_agg(daterange(lower(r) + k.shift, upper(r) + k.shift)) from unnest(e.date_days) r),
         e.congress_id, e.agents, e.documents, e.text_norm, e.item_json, e.detail_json
  from event_read e, k where e.id !~ '-s[0-9]+\$';
update timeline_read t set ord = o.n from (select id, (row_number() over (order by lower(date_days), upper(date_days), kind, id))::int as n
  from timeline_read) o where o.id = t.id;
update event_read t set ord = o.n from (select id, (row_number() over (order by lower(date_days) nulls last, upper(date_days), id))::int as n
  from event_read) o where o.id = t.id;
-- the timeline's narrow companion (V7), on which the page is chosen and counted: written whole, in ord
-- order, as the loader writes it at each load
truncate timeline_span;
insert into timeline_span (id, ord, kind, type, date_days, agents, top_level)
  select id, ord, kind, type, date_days, agents, top_level from timeline_read order by ord;
-- the event list's narrow companion (V8), the same way
truncate event_span;
insert into event_span (id, ord, type, date_days, congress_id, agents, documents)
  select id, ord, type, date_days, congress_id, agents, documents from event_read order by ord;
commit;
vacuum analyze;
SQL
}

echo
printf "| size | events | documents | citations | passages | in Dec 1922-Mar 1923 | db size | timeline n | timeline p50 ms | timeline p99 ms |"
printf " general secretary p50 / p99 ms, cpu ms/req (total) | testament p50 / p99, cpu (total) | rude p50 / p99, cpu (total) | errors | load (1m) |\n"
printf "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
# total PATH -> "63", "1015+" (a lower bound) or the status of an error ("status 503")
total() { curl -s --max-time 30 "$APP_URL$1" | python3 -c 'import json,sys
try:
    d = json.load(sys.stdin)
    print(str(d["total"]) + ("+" if d.get("totalIsLowerBound") else "") if "total" in d else "status %s" % d.get("status"))
except ValueError:
    print("no answer")'; }
row() {
  local f=$1 c t s p line err
  c=($(counts))
  curl -s -o /dev/null "$APP_URL$TL"; for p in "${SQ[@]}"; do curl -s -o /dev/null "$APP_URL$p"; done   # warm
  t=($(measure "$TL")); err=${t[3]}
  line="| ${f}x | ${c[0]} | ${c[1]} | ${c[2]} | ${c[3]} | ${c[4]} | ${c[5]} ${c[6]} | ${t[0]} | ${t[1]} | ${t[2]} |"
  local dat="$f ${t[1]} ${t[2]}"
  for p in "${SQ[@]}"; do
    s=($(measure "$p")); err=$(( err + s[3] ))
    line="$line ${s[1]} / ${s[2]}, ${s[4]} ($(total "$p")) |"
    dat="$dat ${s[1]} ${s[2]} ${s[4]}"
  done
  printf "%s %s | %s |\n" "$line" "$err" "$(load | cut -d' ' -f1)"
  echo "$dat" >>"$WORK/growth.dat"
}
explain() {
  local f=$1
  { echo "-- ${f}x: timeline Dec 1922 - Mar 1923, size=100"
    "${PSQL[@]}" -c "prepare tl as $(cat "$TL_SQL")" -c "explain (analyze, buffers) execute tl('1922-12-01', '1923-03-31', 100, 0)"
    for q in "general secretary" "testament" "rude"; do
      echo "-- ${f}x: search '$q', page 0 of 20"
      "${PSQL[@]}" -c "set max_parallel_workers_per_gather = 0" -c "prepare sq as $(grep -v '^--' "$SQ_SQL")" \
        -c "explain (analyze, buffers) execute sq('$q', '{passage,person,document,event,congress}', 20, 0, 20, 1000)" \
        || echo "(this search statement does not fit the app's schema)"
    done
  } >"$WORK/explain-${f}x.txt" 2>&1
}
# JIT warm-up, so that 1x is not measured on a cold JVM
wrk -t1 -c4 -d10s "$APP_URL$TL" >/dev/null 2>&1; for p in "${SQ[@]}"; do wrk -t1 -c4 -d5s "$APP_URL$p" >/dev/null 2>&1; done
row 1; explain 1
prev=1
for f in "${FACTORS[@]}"; do
  t0=$(date +%s)
  grow "$prev" "$f" >"$WORK/grow-${f}x.log" 2>&1 || { echo "growth to ${f}x failed:"; tail -20 "$WORK/grow-${f}x.log"; break; }
  echo "(inserted up to ${f}x in $(( $(date +%s) - t0 )) s; passages copied up to $(( f < PMAX ? f : PMAX ))x)" >&2
  row "$f"; explain "$f"
  prev=$f
done
echo
echo "ratio to 1x (p50 / p99 / cpu per request):"
awk 'NR==1 { for (i=2;i<=NF;i++) b[i]=$i }
     { printf "  %5sx  timeline %5.1fx / %5.1fx   general secretary %5.1fx / %5.1fx / %5.1fx   testament %5.1fx / %5.1fx / %5.1fx   rude %5.1fx / %5.1fx / %5.1fx\n",
       $1, $2/b[2], $3/b[3], $4/b[4], $5/b[5], $6/b[6], $7/b[7], $8/b[8], $9/b[9], $10/b[10], $11/b[11], $12/b[12] }' "$WORK/growth.dat"
echo
echo "EXPLAIN ANALYZE plans: $WORK/explain-*.txt"

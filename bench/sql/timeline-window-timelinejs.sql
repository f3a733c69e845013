-- GET /api/v1/timeline?from=1922-12&to=1923-03&format=timelinejs: the entries of the window (TimelineService)
select timelinejs_json, kind, count(*) over () from timeline_read
 where date_days && daterange(cast('1922-12-01' as date), cast('1923-03-31' as date), '[]')
 order by ord limit 100 offset 0;

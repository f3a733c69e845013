-- GET /api/v1/timeline?from=1922-12&to=1923-03&format=timelinejs: the entries of the window (TimelineService, ReadModelQueries.pageRows: chosen and counted on timeline_span, JSON read from timeline_read)
select t.timelinejs_json, t.kind, p.total from (select id, ord, count(*) over () as total from timeline_span
 where date_days && daterange(cast('1922-12-01' as date), cast('1923-03-31' as date), '[]')
 order by ord limit 5001 offset 0) p cross join lateral (select t.timelinejs_json, t.kind from timeline_read t where t.id = p.id offset 0) t order by p.ord;

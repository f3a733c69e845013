-- GET /api/v1/events?from=1922-12&to=1923-03&size=20: the page with its total (EventService, ReadModelQueries.pageRows: chosen and counted on event_span, JSON read from event_read)
select t.item_json, p.total from (select id, ord, count(*) over () as total from event_span
 where date_days && daterange(cast('1922-12-01' as date), cast('1923-03-31' as date), '[]')
 order by ord limit 20 offset 0) p cross join lateral (select t.item_json from event_read t where t.id = p.id offset 0) t order by p.ord;

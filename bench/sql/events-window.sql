-- GET /api/v1/events?from=1922-12&to=1923-03&size=20: the page with its total (ReadModelQueries.page)
select item_json, count(*) over () from event_read
 where date_days && daterange(cast('1922-12-01' as date), cast('1923-03-31' as date), '[]')
 order by ord limit 20 offset 0;

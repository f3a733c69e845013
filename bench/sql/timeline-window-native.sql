-- GET /api/v1/timeline?from=1922-12&to=1923-03&size=100 (format native): one page of the window with its total (TimelineService, ReadModelQueries.pageRows); $1 from, $2 to, $3 limit, $4 offset
select native_json, kind, count(*) over () from timeline_read where date_days && daterange(cast($1 as date), cast($2 as date), '[]') order by ord limit $3 offset $4

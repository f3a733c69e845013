-- The timeline's filter columns in a narrow table of their own.
--
-- A timeline request picks its page and counts its match on (id, ord) and the filter columns, and
-- reads the JSON of the page's rows only. Since V6 a timeline_read row holds its three JSON shapes
-- inline (often a whole heap page), so choosing and counting the rows of a date window on
-- timeline_read read one page per matching entry: ~2,700 pages per request at 1000x data.
-- timeline_span holds one row of about 100 bytes per entry, written by the loader in the same
-- transaction and in the same order (ord) as timeline_read, so the entries of a window sit
-- together in a few pages; only the page's ids are then looked up in timeline_read.
--
-- Columns as in timeline_read (V3); text_norm, which holds quotes, stays there (the q filter looks
-- the candidates up by id). The loader rewrites every row at its next load
-- (CurationCheck.LOADER_VERSION), so a kept data directory gets the new table filled.

create table timeline_span (
    id          text primary key,
    ord         integer not null,
    kind        text not null,
    type        text,
    date_days   datemultirange not null,
    agents      text[] not null,
    top_level   boolean not null
);
create index timeline_span_date_idx on timeline_span using gist (date_days);
create index timeline_span_ord_idx on timeline_span (ord);
create index timeline_span_agents_idx on timeline_span using gin (agents);

-- No statement filters or orders timeline_read by these any more: it is read by id only.
drop index timeline_read_date_idx;
drop index timeline_read_ord_idx;
drop index timeline_read_agents_idx;

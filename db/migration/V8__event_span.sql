-- The event list's filter columns in a narrow table of their own, as V7 did for the timeline.
--
-- An event_read row holds its two JSON shapes inline (V6), so choosing and counting the events of
-- a date window on it read one heap page per matching event (57 pages for the 64 events of
-- December 1922 - March 1923). event_span holds one row of about 100 bytes per event, written by
-- the loader in the same transaction and order (ord) as event_read: the window's rows sit in a
-- page or two, and only the page's ids are then looked up in event_read. Under pgbench the events
-- list's statement ran 10-13% more statements a second this way (bench/README.md 0d).
--
-- text_norm stays in event_read (the q filter looks the candidates up by id). The loader rewrites
-- every row at its next load (CurationCheck.LOADER_VERSION), so a kept data directory gets the
-- new table filled.

create table event_span (
    id          text primary key,
    ord         integer not null,
    type        text not null,
    date_days   datemultirange,
    congress_id text,
    agents      text[] not null,
    documents   text[] not null
);
create index event_span_date_idx on event_span using gist (date_days);
create index event_span_ord_idx on event_span (ord);
create index event_span_agents_idx on event_span using gin (agents);
create index event_span_documents_idx on event_span using gin (documents);

-- No statement filters or orders event_read by these any more: it is read by id only.
drop index event_read_date_idx;
drop index event_read_ord_idx;
drop index event_read_agents_idx;
drop index event_read_documents_idx;

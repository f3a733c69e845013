-- The read model: what the API serves, rendered by the loader from the checked curation in the
-- same transaction that writes the tables above. Each row holds the JSON of one list item and of
-- one detail exactly as the API sends them, plus the columns the list filters and the list order
-- need. A request reads one or two rows of one table; nothing is joined or assembled per request.
--
-- Conventions: ord is the position in the list's documented order (computed by the loader, so an
-- ORDER BY is one integer); *_norm columns hold ls_norm() of the text the q filter searches, one
-- field per line; date_days holds the days the entity's date may denote (one range, or one per
-- claimed date of a disputed date; null when undated);
-- arrays hold the ids a filter matches (GIN-indexed for @>).

create table person_read (
    id          text primary key,
    ord         integer not null,
    names_norm  text not null,
    item_json   text not null,
    detail_json text not null
);

create table body_read (
    id          text primary key,
    ord         integer not null,
    kind        text not null,
    names_norm  text not null,
    item_json   text not null,
    detail_json text not null
);

create table congress_read (
    id          text primary key,
    ord         integer not null,
    kind        text not null,
    date_days   datemultirange,
    name_norm   text not null,
    item_json   text not null,
    detail_json text not null
);
create index congress_read_date_idx on congress_read using gist (date_days);

create table document_read (
    id          text primary key,
    ord         integer not null,
    kind        text not null,
    date_days   datemultirange,
    part_of     text,
    congress_id text,
    authors     text[] not null,
    recipients  text[] not null,
    dictated_to text[] not null,
    title_norm  text not null,
    item_json   text not null,
    detail_json text not null
);
create index document_read_date_idx on document_read using gist (date_days);
create index document_read_authors_idx on document_read using gin (authors);
create index document_read_recipients_idx on document_read using gin (recipients);
create index document_read_dictated_to_idx on document_read using gin (dictated_to);

create table event_read (
    id          text primary key,
    ord         integer not null,
    type        text not null,
    date_days   datemultirange,
    congress_id text,
    agents      text[] not null,
    documents   text[] not null,
    text_norm   text not null,
    item_json   text not null,
    detail_json text not null
);
create index event_read_date_idx on event_read using gist (date_days);
create index event_read_ord_idx on event_read (ord);
create index event_read_agents_idx on event_read using gin (agents);
create index event_read_documents_idx on event_read using gin (documents);

create table dispute_read (
    id           text primary key,
    ord          integer not null,
    subject_type text not null,
    subject_id   text not null,
    text_norm    text not null,
    detail_json  text not null           -- the list item and the detail are the same
);

create table source_read (
    id         text primary key,
    ord         integer not null,
    detail_json text not null            -- the list item and the detail are the same
);

create table passage_read (
    id           text primary key,
    source_id    text not null,
    ord          integer not null,     -- the passage's position in its source
    printed_page integer,
    detail_json  text not null           -- the list item and the detail are the same
);
create index passage_read_source_idx on passage_read (source_id, ord);

-- One row per entry of the timeline (events, documents, dated congresses), in its three shapes.
create table timeline_read (
    id              text primary key,
    kind            text not null,
    ord             integer not null,
    type            text,
    date_days       datemultirange not null,
    agents          text[] not null,
    top_level       boolean not null,
    text_norm       text not null,
    native_json     text not null,
    timelinejs_json text not null,
    vis_json        text not null
);
create index timeline_read_date_idx on timeline_read using gist (date_days);
create index timeline_read_ord_idx on timeline_read (ord);
create index timeline_read_agents_idx on timeline_read using gin (agents);

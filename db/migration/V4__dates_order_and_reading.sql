-- Dates: a note beside the label, the disputed flag, the sort key of the one chronological order
-- (org.laststruggle.dates.Chronology, computed at load time) and the days a date may denote as a
-- multirange: one range for most dates, one per member for a set of claimed dates ("[1922-05-25,1922-05-26]"),
-- so that a date filter finds a disputed date under any claimed day and under no other. Multiranges need
-- PostgreSQL 14 or newer.

alter table event
    add column date_note text,
    add column date_disputed boolean not null default false,
    add column date_sort text collate "C",
    add column date_days datemultirange;
alter table congress
    add column date_note text,
    add column date_disputed boolean not null default false,
    add column date_sort text collate "C",
    add column date_days datemultirange;
alter table document
    add column date_note text,
    add column date_disputed boolean not null default false,
    add column date_sort text collate "C",
    add column date_days datemultirange,
    add column pub_note text,
    add column pub_disputed boolean not null default false,
    add column pub_sort text collate "C",
    add column pub_days datemultirange;
alter table person
    add column born_note text,
    add column born_disputed boolean not null default false,
    add column born_sort text collate "C",
    add column born_days datemultirange,
    add column died_note text,
    add column died_disputed boolean not null default false,
    add column died_sort text collate "C",
    add column died_days datemultirange;

drop index if exists event_date_idx;
drop index if exists document_date_idx;
drop index if exists congress_date_idx;
create index event_days_idx on event using gist (date_days);
create index document_days_idx on document using gist (date_days);
create index congress_days_idx on congress using gist (date_days);
create index event_sort_idx on event (date_sort, id);
create index document_sort_idx on document (date_sort, part_seq, id);
create index congress_sort_idx on congress (date_sort, id);

-- Citations: the quote's reading form (line breaks as spaces, soft hyphens of the line ends joined).
-- Passages: the raw offsets of the line-end hyphens their reading text drops as soft.
alter table citation add column reading text;
alter table passage add column soft_hyphens integer[] not null default '{}';

-- Persons: a stored spelling that is an error of a source's text (OCR misreading, typing error):
-- found by search, never shown as a name.
alter table person_name add column misreading boolean not null default false;

-- Names for the search ranking: a hit whose name holds every word of the query ranks above hits
-- that only mention the words (SearchService). Each name gets its own text-search vector, so that
-- "does this name alone match?" is an index lookup, and its number of distinct words, so that the
-- closest name (an exact name first) sorts by an integer. A person's names are the rows of
-- person_name (the name, the sort name and every variant); the others have one name each.
-- (Numbered 5: 3 and 4 are taken by the read model and the date work on other branches.)

alter table person_name
    add column tsv tsvector generated always as (to_tsvector('ls_english'::regconfig, name)) stored,
    add column words integer generated always as (length(to_tsvector('ls_english'::regconfig, name))) stored;
create index person_name_tsv_idx on person_name using gin (tsv);

alter table congress
    add column name_tsv tsvector generated always as (to_tsvector('ls_english'::regconfig, name)) stored,
    add column name_words integer generated always as (length(to_tsvector('ls_english'::regconfig, name))) stored;
create index congress_name_tsv_idx on congress using gin (name_tsv);

alter table document
    add column title_tsv tsvector generated always as (to_tsvector('ls_english'::regconfig, title)) stored,
    add column title_words integer generated always as (length(to_tsvector('ls_english'::regconfig, title))) stored;
create index document_title_tsv_idx on document using gin (title_tsv);

alter table event
    add column title_tsv tsvector generated always as (to_tsvector('ls_english'::regconfig, title)) stored,
    add column title_words integer generated always as (length(to_tsvector('ls_english'::regconfig, title))) stored;
create index event_title_tsv_idx on event using gin (title_tsv);

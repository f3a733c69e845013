-- Full-text search over the curated entities (passages have theirs since V1).
-- Weighted so that a hit in a name or title ranks above a hit in a summary.
-- Person variants live in person_name and are added at query time.

alter table person add column tsv tsvector generated always as (
    setweight(to_tsvector('ls_english'::regconfig, name || ' ' || sort_name), 'A')
    || setweight(to_tsvector('ls_english'::regconfig, summary), 'B')) stored;
create index person_tsv_idx on person using gin (tsv);

alter table document add column tsv tsvector generated always as (
    setweight(to_tsvector('ls_english'::regconfig, title), 'A')
    || setweight(to_tsvector('ls_english'::regconfig, coalesce(summary, '')), 'B')) stored;
create index document_tsv_idx on document using gin (tsv);

alter table event add column tsv tsvector generated always as (
    setweight(to_tsvector('ls_english'::regconfig, title), 'A')
    || setweight(to_tsvector('ls_english'::regconfig, coalesce(summary, '')), 'B')) stored;
create index event_tsv_idx on event using gin (tsv);

alter table congress add column tsv tsvector generated always as (
    setweight(to_tsvector('ls_english'::regconfig, name), 'A')
    || setweight(to_tsvector('ls_english'::regconfig, coalesce(summary, '')), 'B')) stored;
create index congress_tsv_idx on congress using gin (tsv);

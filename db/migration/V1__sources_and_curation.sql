-- Schema of the Last Struggle API.
-- The raw sources and their passages, the curated entities, and one table of citations
-- that links every curated fact to an exact span of a source's raw text.

create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes.
create or replace function ls_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- lower-cased, accent-free form used to match names and variants
create or replace function ls_norm(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(ls_unaccent($1)) $$;

-- English stemming that ignores accents
create text search configuration ls_english (copy = pg_catalog.english);
alter text search configuration ls_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create table source (
    id            text primary key,
    file          text not null,
    title         text not null,
    author        text,
    published     text,
    publisher     text,
    url           text,
    language      text not null,
    sha256        text not null,
    length        integer not null,
    passage_count integer not null,
    seq           integer not null,
    text          text not null
);

create table passage (
    id            text primary key,
    source_id     text not null references source(id) on delete cascade,
    seq           integer not null,
    start_pos     integer not null,
    end_pos       integer not null,
    printed_page  integer,
    part          text,
    book_section  text,
    clean_text    text not null,
    tsv           tsvector generated always as (to_tsvector('ls_english'::regconfig, clean_text)) stored,
    unique (source_id, seq),
    check (start_pos < end_pos)
);
create index passage_tsv_idx on passage using gin (tsv);
create index passage_pos_idx on passage (source_id, start_pos);
create index passage_page_idx on passage (source_id, printed_page);

-- Every historical date: EDTF string, the source's wording, precision and inclusive
-- bounds (earliest/latest, null for an open end); x_range is derived from the bounds and
-- carries the GiST index, so `overlaps` is && and `within` is <@.

create table body (
    id      text primary key,
    name    text not null,
    kind    text not null,
    summary text
);

create table person (
    id              text primary key,
    name            text not null,
    sort_name       text not null,
    summary         text not null,
    born_edtf text, born_label text, born_precision text,
    born_earliest date, born_latest date,
    born_range daterange generated always as (daterange(born_earliest, born_latest, '[]')) stored,
    died_edtf text, died_label text, died_precision text,
    died_earliest date, died_latest date,
    died_range daterange generated always as (daterange(died_earliest, died_latest, '[]')) stored
);

create table person_name (
    person_id text not null references person(id) on delete cascade,
    name      text not null,
    norm      text not null,
    primary key (person_id, name)
);
create index person_name_trgm_idx on person_name using gin (norm gin_trgm_ops);

create table congress (
    id              text primary key,
    name            text not null,
    body            text not null,
    number          integer,
    kind            text not null,
    place           text,
    summary         text,
    date_edtf text, date_label text, date_precision text,
    date_earliest date, date_latest date,
    date_range daterange generated always as (daterange(date_earliest, date_latest, '[]')) stored
);
create index congress_date_idx on congress using gist (date_range);

create table document (
    id              text primary key,
    title           text not null,
    kind            text not null,
    summary         text,
    part_of         text references document(id) on delete cascade,
    part_seq        integer,
    congress_id     text references congress(id) on delete set null,
    date_edtf text not null, date_label text not null, date_precision text not null,
    date_earliest date, date_latest date,
    date_range daterange generated always as (daterange(date_earliest, date_latest, '[]')) stored,
    pub_edtf text, pub_label text, pub_precision text,
    pub_earliest date, pub_latest date,
    pub_range daterange generated always as (daterange(pub_earliest, pub_latest, '[]')) stored
);
create index document_date_idx on document using gist (date_range);
create index document_part_of_idx on document (part_of);

create table document_agent (
    document_id text not null references document(id) on delete cascade,
    role        text not null check (role in ('author', 'recipient', 'dictated_to')),
    agent_type  text not null check (agent_type in ('person', 'body', 'congress')),
    agent_id    text not null,
    ord         integer not null,
    primary key (document_id, role, agent_id)
);
create index document_agent_agent_idx on document_agent (agent_id, role);

create table event (
    id              text primary key,
    title           text not null,
    summary         text,
    type            text not null,
    congress_id     text references congress(id) on delete set null,
    date_edtf text not null, date_label text not null, date_precision text not null,
    date_earliest date, date_latest date,
    date_range daterange generated always as (daterange(date_earliest, date_latest, '[]')) stored
);
create index event_date_idx on event using gist (date_range);
create index event_type_idx on event (type);

-- participants of an event: persons, or bodies such as the Politburo
create table event_agent (
    event_id   text not null references event(id) on delete cascade,
    agent_type text not null check (agent_type in ('person', 'body')),
    agent_id   text not null,
    role       text not null,
    ord        integer not null,
    primary key (event_id, agent_id, role)
);
create index event_agent_agent_idx on event_agent (agent_id);

create table event_document (
    event_id    text not null references event(id) on delete cascade,
    document_id text not null references document(id) on delete cascade,
    ord         integer not null,
    primary key (event_id, document_id)
);
create index event_document_document_idx on event_document (document_id);

create table dispute (
    id           text primary key,
    question     text not null,
    subject_type text not null,
    subject_id   text not null
);
create index dispute_subject_idx on dispute (subject_id);

create table claim (
    id         text primary key,
    dispute_id text not null references dispute(id) on delete cascade,
    ord        integer not null,
    statement  text not null,
    value      text,
    preferred  boolean not null default false,
    reason     text
);
create index claim_dispute_idx on claim (dispute_id);

-- The evidence of every curated fact. subject_type: body, person, congress, document,
-- publication (a document's first publication), event, claim.
create table citation (
    id           bigserial primary key,
    subject_type text not null,
    subject_id   text not null,
    ord          integer not null,
    source_id    text not null references source(id),
    passage_id   text not null references passage(id),
    start_pos    integer not null,
    end_pos      integer not null,
    quote        text not null,
    page         integer
);
create index citation_subject_idx on citation (subject_id, subject_type);
create index citation_passage_idx on citation (passage_id);

-- What was loaded last: the content hash of the sources and curation files.
create table curation_state (
    id           integer primary key check (id = 1),
    content_hash text not null,
    loaded_at    timestamptz not null,
    counts       text not null
);

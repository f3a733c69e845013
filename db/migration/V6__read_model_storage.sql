-- The read model's JSON is stored as it is served, uncompressed and in the row.
--
-- By default PostgreSQL compresses a text value once its row passes about 2 kB (pglz), so every
-- read of a page decompressed each item again: a page of 20 events read ~45 kB through pglz.
-- With STORAGE EXTERNAL a value is never compressed, and with toast_tuple_target at its maximum
-- a row stays whole in its heap page up to ~8 kB; only larger rows move values to the TOAST
-- table (still uncompressed). The tables get about 2x larger (the whole read model is a few MB at
-- 1x) and pgbench of the events window statement runs ~2.2x faster (bench/README.md).
-- The loader rewrites every row at its next load (CurationCheck.LOADER_VERSION), so a kept data
-- directory gets the new storage too.

alter table person_read set (toast_tuple_target = 8160);
alter table person_read alter column item_json set storage external, alter column detail_json set storage external,
    alter column names_norm set storage external;

alter table body_read set (toast_tuple_target = 8160);
alter table body_read alter column item_json set storage external, alter column detail_json set storage external,
    alter column names_norm set storage external;

alter table congress_read set (toast_tuple_target = 8160);
alter table congress_read alter column item_json set storage external, alter column detail_json set storage external,
    alter column name_norm set storage external;

alter table document_read set (toast_tuple_target = 8160);
alter table document_read alter column item_json set storage external, alter column detail_json set storage external,
    alter column title_norm set storage external;

alter table event_read set (toast_tuple_target = 8160);
alter table event_read alter column item_json set storage external, alter column detail_json set storage external,
    alter column text_norm set storage external;

alter table dispute_read set (toast_tuple_target = 8160);
alter table dispute_read alter column detail_json set storage external, alter column text_norm set storage external;

alter table source_read set (toast_tuple_target = 8160);
alter table source_read alter column detail_json set storage external;

alter table passage_read set (toast_tuple_target = 8160);
alter table passage_read alter column detail_json set storage external;

alter table timeline_read set (toast_tuple_target = 8160);
alter table timeline_read alter column native_json set storage external, alter column timelinejs_json set storage external,
    alter column vis_json set storage external, alter column text_norm set storage external;

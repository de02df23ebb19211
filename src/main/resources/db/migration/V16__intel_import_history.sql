-- Owned by the intel module: what the history of imports shows (issue 9). Each import keeps the size of its
-- bundle, the address it came from, and once it ends how many versions
-- it stored and how many warnings it had, so that the history lists imports without reading their reports.
-- intel_import_writes names the writes (V11) that an import's batches stored versions in: the report's links
-- to the objects an import stored follow it, without an index on intel_objects that every insert would pay.
alter table intel_imports
    add column size_bytes  bigint,
    add column source_ip   text,
    add column stored      bigint not null default 0,
    add column warned      bigint not null default 0;
update intel_imports set
    stored = coalesce((select sum((v ->> 'accepted')::bigint) from jsonb_each(report -> 'perType') e(k, v)), 0),
    warned = coalesce((select sum((v ->> 'warnings')::bigint) from jsonb_each(report -> 'perType') e(k, v)), 0)
where status in ('complete', 'failed') and jsonb_typeof(report -> 'perType') = 'object';
create index intel_imports_history on intel_imports (queued_at desc, id);
create index intel_imports_person on intel_imports (publisher_person, queued_at desc);
create index intel_imports_org on intel_imports (publisher_org, queued_at desc);

create table intel_import_writes (
    import_id uuid   not null references intel_imports (id) on delete cascade,
    write_id  bigint not null,
    primary key (import_id, write_id)
);

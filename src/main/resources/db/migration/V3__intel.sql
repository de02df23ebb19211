-- Owned by the intel module: every version of every STIX object, verbatim, with who may see it.
create table intel_objects (
    seq               bigint generated always as identity primary key,
    id                text        not null,
    type              text        not null,
    spec_version      text        not null,
    modified          text        not null,
    modified_at       timestamptz not null,
    date_added        timestamptz not null default clock_timestamp(),
    revoked           boolean     not null default false,
    tlp               text        not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    publisher_org     uuid,
    publisher_person  uuid,
    recipient_orgs    uuid[]      not null default '{}',
    recipient_groups  uuid[]      not null default '{}',
    recipient_people  uuid[]      not null default '{}',
    pap               text,
    labels            text[]      not null default '{}',
    import_id         uuid,
    object            jsonb       not null,
    -- Words people search for; observable values (addresses, hashes) are matched by the detect module,
    -- and indexing every token of every pattern would halve the ingestion rate.
    search            tsvector generated always as (to_tsvector('simple',
                          coalesce(object ->> 'name', '') || ' ' || coalesce(object ->> 'description', '') || ' ' ||
                          coalesce(object ->> 'value', ''))) stored,
    constraint intel_objects_version unique (id, modified)
);
-- Finding the latest (or first) version of an object is one probe here per listed row.
create index intel_objects_id on intel_objects (id, modified_at desc);
create index intel_objects_type on intel_objects (type, seq);
create index intel_objects_added on intel_objects (date_added, seq);
create index intel_objects_search on intel_objects using gin (search);
create index intel_objects_labels on intel_objects using gin (labels);
create index intel_objects_rel_source on intel_objects ((object ->> 'source_ref')) where type = 'relationship';
create index intel_objects_rel_target on intel_objects ((object ->> 'target_ref')) where type = 'relationship';

-- One row per import: its progress while it runs and its report when it ends.
create table intel_imports (
    id               uuid primary key,
    status           text        not null check (status in ('running', 'complete', 'failed')),
    source           text        not null,
    publisher_org    uuid,
    publisher_person uuid,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    processed        bigint      not null default 0,
    report           jsonb       not null default '{}'::jsonb
);

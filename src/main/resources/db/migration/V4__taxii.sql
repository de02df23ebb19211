-- Owned by the taxii module: the status resources of objects added through TAXII, kept for a week.
create table taxii_status (
    id                uuid primary key,
    person_id         uuid        not null,
    collection_id     uuid        not null,
    status            text        not null check (status in ('pending', 'complete')),
    request_timestamp timestamptz not null default clock_timestamp(),
    total_count       integer     not null,
    success_count     integer     not null default 0,
    failure_count     integer     not null default 0,
    pending_count     integer     not null,
    successes         jsonb       not null default '[]'::jsonb,
    failures          jsonb       not null default '[]'::jsonb,
    pendings          jsonb       not null default '[]'::jsonb
);
create index taxii_status_requested on taxii_status (request_timestamp);

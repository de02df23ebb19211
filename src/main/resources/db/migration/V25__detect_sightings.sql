-- Module detect: sightings of indicators in partners' telemetry, aggregated per indicator copy, reporting organisation
-- and time window (not one per log line), and each organisation's choice of how its sightings are shared (issue 12).
create table detect_sightings (
    id                 uuid        primary key,           -- the STIX sighting's UUID: sighting--{id}
    indicator_id       text        not null,
    producer_org       uuid        not null,              -- whose indicator copy matched: it must see the sighting
    organisation_id    uuid        not null,              -- who saw it
    window_start       timestamptz not null,
    count              bigint      not null check (count > 0),
    first_seen         timestamptz not null,
    last_seen          timestamptz not null check (last_seen >= first_seen),
    tlp                text        not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT')),
    anonymous          boolean     not null,
    version            integer     not null default 1,    -- one more each time its count changes
    published_version  integer     not null default 0,    -- the last version queued into intel's store
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (indicator_id, producer_org, organisation_id, window_start)
);
create index detect_sightings_indicator on detect_sightings (indicator_id, last_seen desc);
create index detect_sightings_unpublished on detect_sightings (updated_at) where published_version < version;

-- How an organisation's sightings are shared: at which TLP level (never RED: the indicator's producer must see them),
-- and whether anonymously (published by the national CERT, without the organisation's identity).
create table detect_reporting (
    organisation_id    uuid        primary key,
    tlp                text        not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT')),
    anonymous          boolean     not null,
    changed_by         uuid,
    changed_at         timestamptz not null
);

-- Field mappings an organisation saved for its JSON-lines and CSV logs (POST /api/v1/telemetry?format=jsonl&mapping=...).
create table detect_mappings (
    organisation_id    uuid        not null,
    name               text        not null check (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    spec               jsonb       not null,
    saved_by           uuid        not null,
    saved_at           timestamptz not null,
    primary key (organisation_id, name)
);

-- Owned by stream (federation): links to remote TAXII 2.1 collections, what came through them, what went out.
create table stream_federation_links (
    id                uuid        primary key,
    name              text        not null,
    organisation_id   uuid        not null,  -- the local organisation that publishes what is pulled, pushes what it shares
    created_by        uuid        not null,  -- the person the pulls' imports are published by (their reports are theirs)
    api_root          text        not null,  -- the remote API root, ending in /
    collection_id     text        not null,
    auth_kind         text        not null check (auth_kind in ('NONE', 'BASIC', 'BEARER')),
    auth_user         text,
    auth_secret       text,                  -- sealed by platform Secrets (AES-256-GCM), never shown back
    direction         text        not null check (direction in ('PULL', 'PUSH', 'BOTH')),
    every_seconds     integer     not null check (every_seconds >= 10),
    unmarked_tlp      text        not null,  -- the TLP of pulled objects without a marking of their own
    recipient_orgs    uuid[]      not null default '{}',
    recipient_groups  uuid[]      not null default '{}',
    push_max_tlp      text        not null,  -- the highest TLP a push may carry
    pull_cursor       text,                  -- the remote's last X-TAXII-Date-Added-Last, verbatim, after a committed import
    last_remote_added timestamptz,
    push_cursor       bigint      not null default 0,  -- the change-log position pushed up to
    pulled            bigint      not null default 0,
    pushed            bigint      not null default 0,
    lease_until       timestamptz,           -- a node running the link holds it until then (cluster-safe)
    next_run_at       timestamptz not null default now(),
    last_success_at   timestamptz,
    last_error        text,
    last_error_at     timestamptz,
    failures          integer     not null default 0,
    last_note         text,                  -- what a successful run still has to say (objects the remote refused)
    last_note_at      timestamptz,
    last_reconcile    text,                  -- the last reconciliation's outcome, as JSON
    reconciled_at     timestamptz,           -- when a run last reconciled (sipar.federation.reconcile-every)
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

-- The origin of every version pulled through a link.
create table stream_federation_origins (
    link_id           uuid        not null references stream_federation_links on delete cascade,
    object_id         text        not null,
    modified          text        not null,
    remote_collection text        not null,
    remote_added      timestamptz,          -- the page's X-TAXII-Date-Added-Last (exact after a reconciliation)
    received_at       timestamptz not null,
    primary key (link_id, object_id, modified)
);
create index stream_federation_origins_object on stream_federation_origins (object_id);
create index stream_federation_origins_recent on stream_federation_origins (link_id, received_at desc);

-- The imports that the pulls ran, for the link's page.
create table stream_federation_imports (
    link_id    uuid        not null references stream_federation_links on delete cascade,
    import_id  uuid        not null,
    at         timestamptz not null,
    objects    integer     not null,
    accepted   bigint      not null,
    rejected   bigint      not null,
    status     text        not null,
    primary key (link_id, import_id)
);

-- The versions a push sent, so that a deletion or withdrawal is sent only for what went out.
create table stream_federation_pushed (
    link_id   uuid        not null references stream_federation_links on delete cascade,
    object_id text        not null,
    modified  text        not null,
    pushed_at timestamptz not null,
    primary key (link_id, object_id, modified)
);

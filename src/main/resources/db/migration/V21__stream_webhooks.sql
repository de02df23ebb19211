-- stream: the webhook endpoints that organisations register, and the deliveries queued for them.
-- An endpoint acts for its organisation; its cursor is its position in intel's change log, advanced in the same
-- transaction that queues the deliveries of the changes it passed, so a crash loses nothing and doubles nothing.
create table stream_webhooks (
    id uuid primary key,
    organisation_id uuid not null,
    created_by uuid not null,
    name text not null check (length(name) between 1 and 100),
    url text not null check (length(url) <= 2000),
    secret_sealed text not null,
    filter_types text[] not null default '{}',
    filter_labels text[] not null default '{}',
    filter_tlps text[] not null default '{}',
    filter_min_confidence integer check (filter_min_confidence between 0 and 100),
    filter_collection uuid,
    paused boolean not null default false,
    -- 'manual' when an administrator paused it, 'failures' when Sipar did after too many failed attempts
    paused_reason text check (paused_reason in ('manual', 'failures')),
    cursor_position bigint not null,
    consecutive_failures integer not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index stream_webhooks_organisation on stream_webhooks (organisation_id, created_at);

-- One message to one endpoint. message_id is its webhook-id, the same at every attempt; payload the exact body.
-- 'pending' deliveries are due at next_attempt_at; a claimed one is leased until leased_until (another node or a
-- restart takes it up again once the lease has passed: at least once, the receiver de-duplicates on webhook-id).
create table stream_webhook_deliveries (
    id bigserial primary key,
    webhook_id uuid not null references stream_webhooks (id) on delete cascade,
    message_id text not null unique,
    position bigint not null,
    event_type text not null,
    payload text not null,
    status text not null check (status in ('pending', 'delivered', 'dead')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    leased_until timestamptz,
    last_attempt_at timestamptz,
    last_status integer,
    last_error text check (length(last_error) <= 2000),
    created_at timestamptz not null,
    finished_at timestamptz,
    unique (webhook_id, position)
);
create index stream_webhook_deliveries_due on stream_webhook_deliveries (next_attempt_at) where status = 'pending';
create index stream_webhook_deliveries_endpoint on stream_webhook_deliveries (webhook_id, status, id);

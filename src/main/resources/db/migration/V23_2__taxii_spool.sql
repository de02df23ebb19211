-- Owned by the taxii module: objects added through TAXII can be completed by any node. A pending status names the
-- node that accepted it (taxii_status.node_id, whose import queue holds the request); the envelope, as the bundle
-- its import reads, is kept here until the status completes; every node says it is alive in taxii_nodes. When a
-- node has not said so for a while, another takes its pending requests over and imports them from this copy.
alter table taxii_status add column node_id uuid;
create table taxii_envelopes (
    status_id uuid  primary key references taxii_status (id) on delete cascade,
    bundle    bytea not null
);
create table taxii_nodes (
    node_id      uuid        primary key,
    heartbeat_at timestamptz not null
);
create index taxii_status_node on taxii_status (node_id) where status = 'pending';

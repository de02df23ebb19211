-- Owned by the platform module: the audit trail of every security-relevant action.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor_id    uuid,
    actor       text        not null,
    action      text        not null,
    target      text,
    outcome     text        not null default 'success' check (outcome in ('success', 'failure')),
    source_ip   inet,
    details     jsonb       not null default '{}'::jsonb
);
create index audit_log_at on audit_log (at desc);
create index audit_log_action on audit_log (action, at desc);
create index audit_log_actor on audit_log (actor_id, at desc);

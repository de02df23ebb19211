-- Owned by the platform: the mail outbox (org.sipar.platform.Outbox). A mail is queued in the transaction of the change that
-- causes it, claimed by one sender at a time across every node (FOR UPDATE SKIP LOCKED; a claim moves
-- next_attempt_at past its lease, so a sender that dies leaves the mail due again then), and settled as sent, or
-- after the last failed attempt as dead, which a hub administrator can queue again.
create table platform_mail (
    id              bigint generated always as identity primary key,
    message_id      text        not null unique,
    kind            text        not null,
    reference       text,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    language        text        not null,
    headers         jsonb       not null default '{}',
    status          text        not null default 'queued' check (status in ('queued', 'sent', 'dead')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_error      text,
    queued_at       timestamptz not null,
    sent_at         timestamptz,
    dead_at         timestamptz
);

-- What the senders look for: queued mail that is due, the longest due first.
create index platform_mail_due on platform_mail (next_attempt_at, id) where status = 'queued';
-- The administration page's lists by status, newest first; and forgetting old sent mail.
create index platform_mail_status on platform_mail (status, id desc);

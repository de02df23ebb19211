-- advisory: e-mail subscriptions to advisories, with double opt-in and one-click unsubscription (RFC 8058).
-- A subscription of the public (person_id null) reads as nobody signed in (TLP:CLEAR only); a member's reads as
-- that person, decided by the sharing policy when each mail is sent. Tokens are kept only as SHA-256 hashes.
create table advisory_subscriptions (
    id uuid primary key,
    email text not null check (email like '%_@_%'),
    person_id uuid,
    audiences text[] not null check (cardinality(audiences) > 0),
    lang text not null check (lang in ('en', 'ur')),
    delivery text not null check (delivery in ('IMMEDIATE', 'DAILY')),
    state text not null check (state in ('PENDING', 'CONFIRMED', 'ENDED')),
    requested_at timestamptz not null,
    requested_from inet,
    confirmed_at timestamptz,
    ended_at timestamptz,
    digest_since timestamptz,
    check (delivery = 'IMMEDIATE' or person_id is not null),
    check (state = 'PENDING' or confirmed_at is not null or ended_at is not null)
);
-- One live subscription per address for the public and one per person for members: a new one replaces it.
create unique index advisory_subscriptions_one_public on advisory_subscriptions (lower(email))
    where state = 'CONFIRMED' and person_id is null;
create unique index advisory_subscriptions_one_member on advisory_subscriptions (person_id)
    where state = 'CONFIRMED' and person_id is not null;
create index advisory_subscriptions_requests on advisory_subscriptions (lower(email), requested_at desc);
create index advisory_subscriptions_sources on advisory_subscriptions (requested_from, requested_at desc);

-- The confirmation link of a pending subscription (expires) and the unsubscription link of each mail sent.
create table advisory_subscription_tokens (
    hash bytea primary key check (length(hash) = 32),
    subscription_id uuid not null references advisory_subscriptions (id) on delete cascade,
    purpose text not null check (purpose in ('CONFIRM', 'UNSUBSCRIBE')),
    expires_at timestamptz,
    used_at timestamptz
);
create index advisory_subscription_tokens_subscription on advisory_subscription_tokens (subscription_id);

-- What each subscription was sent: a redelivered event or a digest run again sends nothing twice.
create table advisory_subscription_deliveries (
    subscription_id uuid not null references advisory_subscriptions (id) on delete cascade,
    advisory_id uuid not null,
    revision int not null,
    sent_at timestamptz not null,
    primary key (subscription_id, advisory_id, revision)
);

-- Owned by the identity module: organisations, their assets, people, API tokens and sharing groups.
create table organisations (
    id             uuid primary key,
    name           text        not null check (length(name) between 1 and 200),
    kind           text        not null check (kind in ('NATIONAL_CERT', 'GOVERNMENT', 'SECTOR_CERT',
                                   'CRITICAL_INFRASTRUCTURE', 'PRIVATE', 'ACADEMIA', 'INTERNET_COMMUNITY', 'OTHER')),
    sector         text        check (length(sector) <= 100),
    contact_email  text        check (length(contact_email) <= 254),
    asns           bigint[]    not null default '{}',
    domains        text[]      not null default '{}',
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create unique index organisations_name on organisations (lower(name));
create index organisations_asns on organisations using gin (asns);
create index organisations_domains on organisations using gin (domains);

-- One row per network so that "whose network is this address in?" is one indexed containment query.
create table organisation_networks (
    organisation_id uuid not null references organisations (id) on delete cascade,
    network         cidr not null,
    primary key (organisation_id, network)
);
create index organisation_networks_network on organisation_networks using gist (network inet_ops);

create table people (
    id               uuid primary key,
    email            text        not null check (length(email) <= 254),
    display_name     text        not null check (length(display_name) between 1 and 200),
    organisation_id  uuid        not null references organisations (id),
    roles            text[]      not null default '{MEMBER}',
    password_hash    text,
    enabled          boolean     not null default true,
    failed_sign_ins  integer     not null default 0,
    locked_until     timestamptz,
    last_sign_in_at  timestamptz,
    created_at       timestamptz not null default now()
);
create unique index people_email on people (lower(email));
create index people_organisation on people (organisation_id);

create table api_tokens (
    id            uuid primary key,
    person_id     uuid        not null references people (id) on delete cascade,
    name          text        not null check (length(name) between 1 and 100),
    token_hash    bytea       not null unique,
    hint          text        not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_tokens_person on api_tokens (person_id);

create table sharing_groups (
    id           uuid primary key,
    name         text        not null check (length(name) between 1 and 200),
    description  text        check (length(description) <= 2000),
    created_at   timestamptz not null default now()
);
create unique index sharing_groups_name on sharing_groups (lower(name));

create table sharing_group_members (
    sharing_group_id  uuid not null references sharing_groups (id) on delete cascade,
    organisation_id   uuid not null references organisations (id) on delete cascade,
    primary key (sharing_group_id, organisation_id)
);

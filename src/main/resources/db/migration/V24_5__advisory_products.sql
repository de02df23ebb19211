-- Owned by advisory: the products each organisation runs, and the alerts raised when a published advisory affects one.
create table advisory_products (
    id                 uuid        primary key,
    organisation_id    uuid        not null,
    kind               text        not null check (kind in ('CPE', 'PURL')),
    identifier         text        not null,  -- the CPE 2.3 formatted string or package URL, in its canonical form
    match_key          text        not null,  -- what an advisory's product must share: part:vendor:product, or type/namespace/name
    version            text,                  -- the version it gives, if any (a CPE's ANY or NA gives none)
    label              text        not null default '',
    added_by           uuid        not null,
    added_at           timestamptz not null,
    unique (organisation_id, identifier)
);
create index advisory_products_match on advisory_products (match_key);

-- One alert per organisation, advisory and registered product: raised by the first revision that affects it, and kept
-- (without the product's row) when the organisation removes the product later.
create table advisory_alerts (
    id                 uuid        primary key,
    organisation_id    uuid        not null,
    advisory_id        uuid        not null references advisories (id),
    revision           integer     not null,
    tracking_id        text        not null,
    product_id         uuid        references advisory_products (id) on delete set null,
    registered         text        not null,  -- the organisation's identifier that matched
    affected           text        not null,  -- the advisory's product that it matched, by full name
    raised_at          timestamptz not null,
    seen_at            timestamptz,           -- first shown on the organisation's alerts page
    acknowledged_at    timestamptz,
    acknowledged_by    uuid,
    unique (organisation_id, advisory_id, registered)
);
create index advisory_alerts_open on advisory_alerts (organisation_id, raised_at desc) where acknowledged_at is null;

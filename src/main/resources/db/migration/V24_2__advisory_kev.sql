-- Module advisory: the national catalogue of known exploited vulnerabilities, in the fields of CISA's KEV catalogue (issue 11).
create table advisory_kev (
    cve_id text primary key check (cve_id ~ '^CVE-[0-9]{4}-[0-9]{4,}$'),
    vendor_project text not null,
    product text not null,
    vulnerability_name text not null,
    date_added date not null,
    short_description text not null,
    required_action text not null,
    due_date date not null,
    known_ransomware_campaign_use text not null check (known_ransomware_campaign_use in ('Known', 'Unknown')),
    notes text not null default '',
    cwes text[] not null default '{}',
    -- 'imported' from CISA's catalogue (a re-import updates it) or a 'national' addition (a re-import leaves it)
    origin text not null check (origin in ('imported', 'national')),
    added_by text not null,
    added_at timestamptz not null,
    changed_by text not null,
    changed_at timestamptz not null
);

-- The page lists newest first.
create index advisory_kev_newest on advisory_kev (date_added desc, cve_id desc);

-- One row: bumped by every change (removals too), so that the JSON and CSV have an ETag and Last-Modified.
create table advisory_kev_revision (
    only_row boolean primary key default true check (only_row),
    revision bigint not null,
    changed_at timestamptz not null
);
insert into advisory_kev_revision (revision, changed_at) values (0, timestamptz '2000-01-01 00:00:00+00');

-- Owned by advisory: advisories (one CSAF 2.0 document per language), their workflow, comments and published revisions.
create table advisories (
    id                 uuid        primary key,
    tracking_id        text        not null unique,  -- the English document's tracking id; the Urdu one adds -UR
    category           text        not null check (category in ('csaf_security_advisory', 'csaf_informational_advisory',
                                                              'csaf_security_incident_response', 'csaf_vex')),
    audience           text        not null check (audience in ('PUBLIC', 'GOVERNMENT', 'CRITICAL_INFRASTRUCTURE',
                                                              'PRIVATE_SECTOR', 'NAMED')),
    state              text        not null check (state in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    content            jsonb       not null,  -- the revision being written (or the last published one): AdvisoryContent
    author             uuid        not null,  -- who wrote the revision being written
    reviewer           uuid,                  -- who approved it (never its author)
    revision           integer     not null default 0,  -- the last published revision; 0 before the first
    initial_release    timestamptz,
    current_release    timestamptz,
    -- the distribution of the revision being written; each published revision keeps its own below
    tlp                text        not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    publisher_org      uuid        not null,
    publisher_person   uuid        not null,
    recipient_orgs     uuid[]      not null default '{}',
    recipient_groups   uuid[]      not null default '{}',
    recipient_people   uuid[]      not null default '{}',
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    lock_version       bigint      not null default 0  -- optimistic lock: an edit over a stale page is refused
);
create index advisories_state on advisories (state, updated_at desc);

-- What was published: the documents exactly as served (bytes of their JSON), per revision and language. The newest
-- revision of an advisory is what every output shows; older ones stay for the CSAF revision history and changes.csv.
create table advisory_documents (
    advisory_id        uuid        not null references advisories (id),
    revision           integer     not null,
    lang               text        not null check (lang in ('en', 'ur')),
    tracking_id        text        not null,
    file_name          text        not null,  -- CSAF 2.0 section 5.1: the tracking id in lower case, other characters _
    document           text        not null,  -- the CSAF JSON, UTF-8, as served (its hashes and signature are of it)
    sha256             text        not null,
    sha512             text        not null,
    signature          text,                  -- the OpenPGP detached signature (.asc), armored
    title              text        not null,
    summary            text        not null,
    severity           text,                  -- the aggregate severity (highest CVSS base severity), if any
    cves               text[]      not null default '{}',
    products           text[]      not null default '{}',
    stix_ids           text[]      not null default '{}',  -- the intelligence it refers to (shown to those who may see it)
    released_at        timestamptz not null,  -- this revision's release (current_release_date)
    initial_release    timestamptz not null,  -- the advisory's first release: its year names the folder (CSAF 7.1.11)
    change_summary     text        not null,  -- this revision's entry in the revision history
    withdrawn          boolean     not null default false,
    search             tsvector    not null,
    tlp                text        not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    audience           text        not null,
    category           text        not null,
    publisher_org      uuid        not null,
    publisher_person   uuid        not null,
    recipient_orgs     uuid[]      not null default '{}',
    recipient_groups   uuid[]      not null default '{}',
    recipient_people   uuid[]      not null default '{}',
    latest             boolean     not null default true,  -- the newest revision of its advisory in its language
    primary key (advisory_id, revision, lang)
);
create unique index advisory_documents_file on advisory_documents (file_name) where latest;
create index advisory_documents_latest on advisory_documents (released_at desc) where latest;
create index advisory_documents_search on advisory_documents using gin (search) where latest;
create index advisory_documents_cves on advisory_documents using gin (cves) where latest;

-- The review conversation and the workflow's steps, in order.
create table advisory_comments (
    id                 uuid        primary key,
    advisory_id        uuid        not null references advisories (id),
    author             uuid        not null,
    kind               text        not null check (kind in ('COMMENT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED',
                                                          'WITHDRAWN', 'REVISING')),
    body               text        not null default '',
    created_at         timestamptz not null
);
create index advisory_comments_advisory on advisory_comments (advisory_id, created_at);

-- Tracking ids are numbered per year: PREFIX-YYYY-NNNN.
create table advisory_tracking_numbers (
    year               integer     primary key,
    last               integer     not null
);

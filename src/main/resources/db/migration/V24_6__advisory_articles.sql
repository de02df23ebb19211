-- Module advisory: awareness articles (public education, TLP:CLEAR, written and reviewed like advisories) and the images they show (issue 11).
create table advisory_articles (
    id                 uuid        primary key,
    slug               text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),  -- /awareness/{slug}, fixed at creation
    audience           text        not null check (audience in ('CITIZENS', 'SMALL_BUSINESSES', 'GOVERNMENT_OFFICES')),
    state              text        not null check (state in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    content            jsonb       not null,  -- the revision being written: ArticleContent
    published_content  jsonb,                 -- what readers see: the last published revision, null before the first
    author             uuid        not null,
    reviewer           uuid,                  -- who approved the revision (never its author)
    revision           integer     not null default 0,
    first_published    timestamptz,
    last_published     timestamptz,
    -- articles are public education: always TLP:CLEAR, still read through the one sharing policy's condition
    tlp                text        not null default 'CLEAR' check (tlp = 'CLEAR'),
    publisher_org      uuid        not null,
    publisher_person   uuid        not null,
    recipient_orgs     uuid[]      not null default '{}',
    recipient_groups   uuid[]      not null default '{}',
    recipient_people   uuid[]      not null default '{}',
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    lock_version       bigint      not null default 0
);
create index advisory_articles_published on advisory_articles (last_published desc) where published_content is not null;

-- Every published revision as it was published, for the record.
create table advisory_article_revisions (
    article_id         uuid        not null references advisory_articles (id),
    revision           integer     not null,
    content            jsonb       not null,
    published_at       timestamptz not null,
    published_by       uuid        not null,
    withdrawn          boolean     not null default false,
    primary key (article_id, revision)
);

-- Images uploaded by writers, served at /advisories/media/{id}: checked by their bytes, metadata stripped where re-encoded.
create table advisory_media (
    id                 uuid        primary key,
    content_type       text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
    bytes              bytea       not null,
    width              integer     not null check (width > 0),
    height             integer     not null check (height > 0),
    sha256             text        not null,
    original_name      text        not null,
    uploaded_by        uuid        not null,
    uploaded_at        timestamptz not null
);

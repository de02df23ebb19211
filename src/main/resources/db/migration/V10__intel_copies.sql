-- Owned by the intel module (issue 7): every organisation keeps its own copy of an object.
--
-- A version belongs to the copy of the organisation that published it (publisher_org; null for the built-in
-- TLP marking definitions). Only that organisation adds versions to, or revokes, its copy; another
-- organisation's submission of the same id starts a copy of its own. Versions are told apart by instant
-- (modified_at, as Batches computes it to the microsecond), not by the text of "modified", so
-- "…00.000Z" and "…00.000000Z" are one version.
alter table intel_objects drop constraint intel_objects_version;
create unique index intel_objects_version on intel_objects (id, publisher_org, modified_at) nulls not distinct;

-- copy_rank: 0 for the copy of the first organisation to publish the id (its owner), 1 for any later copy.
-- copied: the id has copies of more than one organisation; most have one, and readers then skip the look-up
-- of a preferred copy (ObjectSql), as "superseded" spares the look-up of a newer version.
alter table intel_objects add column copy_rank smallint not null default 0;
alter table intel_objects add column copied boolean not null default false;
-- The size of the object's JSON text, so that pages can be cut by bytes without reading the objects.
alter table intel_objects add column size_bytes integer;
update intel_objects set size_bytes = octet_length(object::text);
alter table intel_objects alter column size_bytes set not null;

-- Rows of older databases: a version was unique per id, so every id had one copy; only "superseded" must now
-- mean "a newer version in the same copy", which it did.

-- Each batch of an import writes its share of the report here in the transaction that stores its objects,
-- so no batch waits for another while holding a transaction; the report is the sum of the committed shares.
create table intel_import_batches (
    import_id uuid    not null references intel_imports (id) on delete cascade,
    batch     integer not null,
    share     jsonb   not null,
    primary key (import_id, batch)
);

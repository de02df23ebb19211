-- Owned by the taxii module: objects added through TAXII are imported in the background from a spooled copy
-- under the data directory. A pending status keeps what (re)starting its import needs: who published it to
-- whom, the import that runs it, and every object's id and version in the order sent (the pendings, and
-- later the successes and failures, are worked out from these and the import's report).
alter table taxii_status
    add column publisher_org    uuid,
    add column recipient_groups uuid[]      not null default '{}',
    add column import_id        uuid,
    add column objects          jsonb       not null default '[]'::jsonb,
    add column completed_at     timestamptz;
-- A request cut off by a crash before this version was pending with all its objects listed in pendings: they
-- are its objects now, and the next start completes it with a failure for each (its envelope was never kept).
update taxii_status set objects = pendings where status = 'pending';
alter table taxii_status drop column pendings;
create index taxii_status_pending on taxii_status (request_timestamp) where status = 'pending';

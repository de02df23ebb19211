-- One durable, bounded import queue for every entry (issue 8). An import is recorded queued with what running
-- it needs (who publishes it to whom, and the file its bundle was spooled to under <data-dir>/intel-spool/ of
-- the instance that accepted it; spooled_in names that spool, and only that instance runs it), then running,
-- then complete or failed. started_at is null while it waits.
alter table intel_imports drop constraint intel_imports_status_check;
alter table intel_imports add constraint intel_imports_status_check
    check (status in ('queued', 'running', 'complete', 'failed'));
alter table intel_imports
    add column recipient_orgs   uuid[]      not null default '{}',
    add column recipient_groups uuid[]      not null default '{}',
    add column recipient_people uuid[]      not null default '{}',
    add column spool_file       text,
    add column spooled_in       text,
    add column queued_at        timestamptz not null default now();
alter table intel_imports alter column started_at drop not null;
alter table intel_imports alter column started_at drop default;
-- The queue: what waits or runs, in the order it came. Counting it is how the capacity is kept.
create index intel_imports_waiting on intel_imports (queued_at) where status in ('queued', 'running');

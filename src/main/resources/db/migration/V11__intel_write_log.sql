-- Owned by the intel module (issue 8): positions in commit order, which paging cursors and date_added follow.
--
-- seq is taken when a row is inserted, and two writers insert side by side, so rows became visible out of seq
-- order and a reader paging by seq could pass a position before a lower one committed, and never see it.
-- Now each writing transaction is a "write": its rows carry its write_id and their index in it, and at its
-- very end it takes the next position from intel_write_clock under that row's lock, held until commit, so
-- positions are handed out in commit order; a reader that sees position p sees every position below it.
--
-- date_added of row i of a write is added_at + i microseconds, with added_at after the last row of the write
-- before it: date_added is unique and increases with the listing order, so a TAXII follower resuming with
-- added_after set to the last date_added it saw misses nothing.
create table intel_writes (
    write_id bigint      primary key,
    position bigint      not null unique,
    added_at timestamptz not null,
    rows     integer     not null
);
create index intel_writes_added on intel_writes (added_at);

create table intel_write_clock (
    only_row   boolean     primary key default true check (only_row),
    position   bigint      not null,
    last_added timestamptz not null
);

create sequence intel_write_ids;

alter table intel_objects add column write_id bigint;
alter table intel_objects add column write_index integer not null default 0;

-- Rows stored before: one write each, in seq order, at their time of storing.
insert into intel_writes (write_id, position, added_at, rows) select seq, seq, date_added, 1 from intel_objects;
update intel_objects set write_id = seq;
alter table intel_objects alter column write_id set not null;
create index intel_objects_write on intel_objects (write_id, write_index);
insert into intel_write_clock (position, last_added)
    select coalesce(max(seq), 0), coalesce(max(date_added), '2000-01-01T00:00:00Z') from intel_objects;
select setval('intel_write_ids', coalesce((select max(seq) from intel_objects), 0) + 1, false);

-- Owned by the intel module (issue 8): what a follower of the change log learns of a deleted version.
--
-- Deleting versions is a write like any other (intel_writes, V11): the deleting transaction takes a write id,
-- leaves one tombstone per deleted version with that id and its index, and takes its position in commit order
-- last. A tombstone keeps the deleted version's distribution, so the sharing policy tells of a deletion exactly
-- those who could see the version, and nobody else.
create table intel_tombstones (
    write_id          bigint  not null,
    write_index       integer not null,
    id                text    not null,
    type              text    not null,
    spec_version      text    not null,
    modified          text    not null,
    tlp               text    not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    publisher_org     uuid,
    publisher_person  uuid,
    recipient_orgs    uuid[]  not null default '{}',
    recipient_groups  uuid[]  not null default '{}',
    recipient_people  uuid[]  not null default '{}',
    deleted_by        uuid,
    primary key (write_id, write_index)
);

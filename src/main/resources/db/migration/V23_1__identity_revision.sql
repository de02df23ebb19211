-- Owned by identity: one counter that every write to people, organisations, sharing groups or API tokens raises
-- in its own transaction. Each node's identity cache keeps what it loaded with the revision it loaded it under
-- and answers from memory only while the revision is unchanged, so a token revoked or a person locked on one
-- node is refused on every node by the very next request (the counter is read on the primary, after commit).
create table identity_revision (
    id       smallint primary key check (id = 1),
    revision bigint   not null
);
insert into identity_revision (id, revision) values (1, 0);

-- Owned by the platform: the web sessions of signed-in people, kept by Spring Session JDBC so that a restart or
-- another node sharing this database does not sign anyone out (spring.session.jdbc.table-name=platform_sessions).
-- Spring Session's own PostgreSQL schema (schema-postgresql.sql), table names prefixed; times are epoch milliseconds.
create table platform_sessions (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint platform_sessions_pk primary key (primary_id)
);
create unique index platform_sessions_ix1 on platform_sessions (session_id);
create index platform_sessions_ix2 on platform_sessions (expiry_time);
create index platform_sessions_ix3 on platform_sessions (principal_name);

create table platform_sessions_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint platform_sessions_attributes_pk primary key (session_primary_id, attribute_name),
    constraint platform_sessions_attributes_fk foreign key (session_primary_id)
        references platform_sessions (primary_id) on delete cascade
);

-- Owned by the detect module (issue 12, retro-hunt): the distinct values each organisation's telemetry carried, per
-- day, for the last days (sipar.detect.retro.days). Per organisation and day one row per kind group:
-- 'fingerprints' holds sorted 64-bit fingerprints (big-endian signed longs) of every value but IPv4 addresses, and
-- of each domain name's parents; 'ipv4' holds the sorted IPv4 addresses (4 bytes each, big-endian, address order).
create table detect_retro_seen (
    organisation_id uuid    not null references organisations (id) on delete cascade,
    day             date    not null,
    kind_group      text    not null check (kind_group in ('fingerprints', 'ipv4')),
    value_count     integer not null check (value_count >= 0),
    sorted_values   bytea   not null check (length(sorted_values) = value_count * case kind_group
                                               when 'ipv4' then 4 else 8 end),
    primary key (organisation_id, day, kind_group)
);
create index detect_retro_seen_day on detect_retro_seen (day);
-- fingerprints are random bits: compressing them only costs time
alter table detect_retro_seen alter column sorted_values set storage external;

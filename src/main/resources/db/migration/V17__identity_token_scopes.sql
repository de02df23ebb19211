-- identity: what each API token may be used for, and where it was last used from.
-- Tokens made before scopes existed keep doing everything their owner may do: 'write'. New tokens name theirs.
alter table api_tokens add column scope text not null default 'write' check (scope in ('read', 'taxii', 'write'));
alter table api_tokens alter column scope drop default;
alter table api_tokens add column last_used_from text check (length(last_used_from) <= 100);

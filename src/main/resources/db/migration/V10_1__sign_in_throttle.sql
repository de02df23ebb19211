-- Owned by the identity module. Failed sign-ins are counted per normalised e-mail address, whether or not an
-- account has it, so that an unknown address is answered exactly like a known one (no user enumeration).
-- A row is claimed (attempts + 1) before the password is checked, so parallel guesses cannot outrun the lock.
create table sign_in_throttle (
    email         text        primary key check (length(email) <= 320),
    attempts      integer     not null default 0,
    locked_until  timestamptz,
    updated_at    timestamptz not null default now()
);

insert into sign_in_throttle (email, attempts, locked_until)
select lower(email), failed_sign_ins, locked_until from people
where failed_sign_ins > 0 or locked_until > now();

alter table people drop column failed_sign_ins;
alter table people drop column locked_until;

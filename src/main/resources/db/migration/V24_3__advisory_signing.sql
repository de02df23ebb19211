-- advisory: the CSAF trusted provider's OpenPGP keys. One key is current (retired_at null) and signs every CSAF
-- document and /.well-known/security.txt; retired keys stay published so that what they signed still verifies.
-- The secret key is kept only sealed with the platform's Secrets (AES-256-GCM), never in the clear.
create table advisory_signing_keys (
    fingerprint text primary key check (fingerprint ~ '^[0-9A-F]{40}$'),
    user_id text not null,
    public_key text not null check (public_key like '-----BEGIN PGP PUBLIC KEY BLOCK-----%'),
    secret_key_sealed text not null check (secret_key_sealed not like '%BEGIN PGP%'),
    created_at timestamptz not null,
    retired_at timestamptz,
    check (retired_at is null or retired_at >= created_at)
);
-- At most one current key, whichever node made or rotated it: the first start inserts "on conflict do nothing".
create unique index advisory_signing_keys_one_current on advisory_signing_keys ((true)) where retired_at is null;
create index advisory_signing_keys_created on advisory_signing_keys (created_at desc);

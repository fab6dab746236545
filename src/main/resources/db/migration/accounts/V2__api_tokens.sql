-- Tokens for venue systems and scripts: a random 256-bit secret shown once, kept as its SHA-256
-- (a hash of a random secret needs no slow hashing: there is nothing to guess). A token acts for its
-- staff member with the member's current roles, until it expires or is revoked.
create table accounts.api_token (
    id          uuid primary key,
    username    text not null references accounts.staff (username),
    token_hash  bytea not null unique,
    label       text not null check (length(label) between 1 and 80),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_username on accounts.api_token (username);

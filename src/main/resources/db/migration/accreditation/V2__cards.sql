-- The keys that sign accreditation cards (Ed25519). The private key is stored encrypted with the
-- personal-data key (PersonalData). A rotation adds a key; a retired key's cards no longer verify.
create table accreditation.card_key (
    key_id      integer primary key,
    public_key  bytea not null,
    private_key bytea not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);

-- Every card printed for a request: a lost card is replaced by the next version, and the older
-- one is revoked. A revoked or suspended request's every version is refused at checkpoints.
create table accreditation.card (
    request_id  uuid not null,
    version     integer not null,
    key_id      integer not null,
    valid_from  timestamptz not null,
    valid_until timestamptz not null,
    issued_at   timestamptz not null,
    issued_by   text not null,
    revoked_at  timestamptz,
    revoked_why text,
    activated_at timestamptz,
    primary key (request_id, version)
);
create index card_revoked on accreditation.card (revoked_at) where revoked_at is not null;

alter table accreditation.request add column card_version integer;

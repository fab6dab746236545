-- Upgrade passes (extra zones at one venue for one day, with an active card) and day passes (a
-- guest's access to one venue for one day). Their QR codes are card credentials of category UPG
-- or DAY (CardCredential), signed with the card keys; a revoked pass is in the revocation list.
create table accreditation.pass (
    id                uuid primary key,
    kind              text not null check (kind in ('UPGRADE', 'DAY')),
    request_id        uuid,
    holder            text not null,
    organisation_code text not null,
    venue             text not null,
    zones             text not null,
    valid_on          date not null,
    key_id            integer not null,
    issued_by         text not null,
    issued_at         timestamptz not null,
    revoked_at        timestamptz
);
create index pass_request on accreditation.pass (request_id);
create index pass_revoked on accreditation.pass (revoked_at) where revoked_at is not null;

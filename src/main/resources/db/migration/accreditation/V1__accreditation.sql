create schema if not exists accreditation;

-- The responsible organisations: only they request accreditations. NOCs come from the programme's
-- data; the others (federations, broadcasters, press agencies, partners, the organiser) from
-- accreditation/organisations.yml.
create table accreditation.organisation (
    code        text primary key,
    name        text not null,
    name_fr     text not null,
    kind        text not null
);

-- How many accreditations of a category an organisation may request (requests refused at
-- validation or screening give their place back).
create table accreditation.quota (
    organisation_code text not null,
    category_code     text not null,
    allowed           integer not null check (allowed >= 0),
    primary key (organisation_code, category_code)
);

-- The staff members who manage an organisation's requests (role ACCREDITATION_MANAGER): their scope.
create table accreditation.manager (
    username          text primary key,
    organisation_code text not null
);

-- A person's request, from submission to card. Identity document numbers are stored encrypted
-- (AES-GCM, PersonalData) with a keyed hash beside them to find the same document in another
-- organisation's requests without decrypting.
create table accreditation.request (
    id                 uuid primary key,
    organisation_code  text not null,
    category_code      text not null,
    family_name        text not null,
    given_name         text not null,
    birth_date         date not null,
    birth_place        text not null,
    nationality        text not null,
    document_number    bytea not null,
    document_hash      bytea not null,
    document_expiry    date not null,
    function_title     text not null,
    status             text not null,
    status_reason      text,
    screening_batch    bigint,
    submitted_by       text not null,
    submitted_at       timestamptz not null,
    updated_at         timestamptz not null,
    version            integer not null default 0
);
create index request_organisation on accreditation.request (organisation_code, status);
create index request_status on accreditation.request (status);
create index request_document on accreditation.request (document_hash);
create index request_identity on accreditation.request (lower(family_name), birth_date);

-- Batches sent to the screening authority, and when its answers came.
create table accreditation.screening_batch (
    id          bigserial primary key,
    sent_at     timestamptz not null,
    sent_by     text not null,
    requests    integer not null,
    answered_at timestamptz
);

-- Each step of each request: who, when, from which status to which, why.
create table accreditation.request_step (
    id         bigserial primary key,
    request_id uuid not null,
    from_status text,
    to_status  text not null,
    reason     text,
    actor      text not null,
    at         timestamptz not null
);
create index request_step_request on accreditation.request_step (request_id, id);

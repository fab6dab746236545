-- Gates: signing keys, the tickets' credential state, revocations, scans and double entries.
create schema if not exists gates;

-- One or more Ed25519 keys per session; a rotation adds one, a retired key is no longer published.
-- The private half stays in the database (a key management service would hold it in production).
create table gates.signing_key (
    key_id        integer primary key,
    session_code  text not null,
    public_key    bytea not null check (length(public_key) = 32),
    private_key   bytea not null,
    created_at    timestamptz not null,
    retired_at    timestamptz
);
create index signing_key_session on gates.signing_key (session_code, created_at);

-- What a credential is made from: the ticket as ticketing issued it, its current version and holder device.
create table gates.ticket (
    ticket_id             uuid primary key,
    fan_id                uuid not null,
    session_code          text not null,
    seat_id               text not null,
    entrance              text not null,
    holder_name           text not null,
    version               integer not null check (version between 1 and 65535),
    device_key            bytea check (device_key is null or length(device_key) = 32),
    device_registered_at  timestamptz,
    valid                 boolean not null,
    changed_at            timestamptz not null
);
create index gates_ticket_fan on gates.ticket (fan_id) where valid;
create index gates_ticket_session on gates.ticket (session_code, entrance);

-- Every version of a credential that must no longer open a gate.
create table gates.revocation (
    ticket_id     uuid not null,
    version       integer not null,
    session_code  text not null,
    reason        text not null,
    revoked_at    timestamptz not null,
    primary key (ticket_id, version)
);
create index revocation_session on gates.revocation (session_code, revoked_at);

-- Per-session entry rule: how many times a ticket may enter again after its first entry.
create table gates.session_rule (
    session_code  text primary key,
    reentries     integer not null check (reentries between 0 and 5),
    set_by        text not null,
    set_at        timestamptz not null
);

-- Every scan a scanner made, uploaded once: the nonce makes a repeated upload change nothing.
create table gates.scan (
    nonce         uuid primary key,
    session_code  text not null,
    gate          text not null,
    entrance      text not null,
    device        text not null,
    staff         text not null,
    ticket_id     uuid,
    version       integer,
    decision      text not null check (decision in ('ADMITTED', 'REFUSED')),
    reason        text,
    scanned_at    timestamptz not null,
    uploaded_at   timestamptz not null
);
create index scan_session_time on gates.scan (session_code, scanned_at);
create index scan_admitted_ticket on gates.scan (ticket_id, session_code) where decision = 'ADMITTED';

-- A ticket admitted more often than its session allows, at different scanners.
create table gates.double_entry (
    ticket_id     uuid not null,
    session_code  text not null,
    gates         text[] not null,
    entries       integer not null,
    first_entry   timestamptz not null,
    latest_entry  timestamptz not null,
    detected_at   timestamptz not null,
    primary key (ticket_id, session_code)
);

-- A holder admitted by a supervisor after an identity check (a dead phone): which kind of
-- document was seen, never its number.
create table gates.manual_admission (
    id            uuid primary key,
    session_code  text not null,
    gate          text not null,
    ticket_id     uuid not null,
    supervisor    text not null,
    document      text not null check (document in ('ID_CARD', 'PASSPORT', 'DRIVING_LICENCE', 'ACCREDITATION')),
    note          text,
    admitted_at   timestamptz not null
);

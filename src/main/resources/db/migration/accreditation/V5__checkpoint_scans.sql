-- Every decision of a checkpoint scanner, uploaded when it is online (each once, by its nonce).
create table accreditation.checkpoint_scan (
    nonce       uuid primary key,
    venue       text not null,
    zone        integer not null,
    device      text not null,
    card        uuid,
    version     integer,
    decision    text not null,
    reason      text,
    scanned_at  timestamptz not null,
    uploaded_by text not null,
    received_at timestamptz not null
);
create index checkpoint_scan_card on accreditation.checkpoint_scan (card, scanned_at);

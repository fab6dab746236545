-- World (WR) and Olympic (OR) records per event, with their history: a row per record set, the
-- current one per event and kind has no successor.
create table results.record (
    id            bigserial primary key,
    event_code    text not null,
    kind          text not null check (kind in ('WR', 'OR')),
    mark          text not null,
    value         numeric not null,
    holder        text not null,
    noc           text not null,
    set_on        date not null,
    place         text not null,
    unit_code     text,
    recorded_at   timestamptz not null,
    recorded_by   text not null,
    superseded_by bigint references results.record (id) deferrable initially deferred
);
create unique index record_current on results.record (event_code, kind) where superseded_by is null;
create index record_event on results.record (event_code, kind, set_on);

create schema if not exists results;

-- Every accepted message or import is a new version of a unit's result; nothing is overwritten.
create table results.unit_version (
    unit_code  text        not null,   -- 34-character RSC (feeds may carry 38: kept as given)
    version    integer     not null check (version > 0),
    status     text        not null,
    by_whom    text        not null,
    at         timestamptz not null,
    reason     text,                    -- required for corrections after OFFICIAL
    primary key (unit_code, version)
);

create table results.entry (
    unit_code       text    not null,
    version         integer not null,
    position        integer not null,   -- order in the message
    competitor_code text    not null,
    competitor_name text    not null,
    competitor_type text    not null,
    noc             text    not null,
    value           text,
    result_type     text    not null,
    irm             text,
    wlt             text,
    rank            integer,
    rank_equal      boolean not null,
    feed_rank       integer,
    primary key (unit_code, version, position),
    foreign key (unit_code, version) references results.unit_version (unit_code, version)
);

-- Medals as awarded; a reallocation replaces an event's rows in one audited transaction.
create table results.medal (
    event_code      text not null,
    medal           text not null check (medal in ('GOLD', 'SILVER', 'BRONZE')),
    competitor_code text not null,
    competitor_name text not null,
    noc             text not null,
    unit_code       text not null,
    primary key (event_code, medal, competitor_code)
);
create index medal_noc_idx on results.medal (noc);

-- Why a medal event has no medallists yet (null reason: decided). decided_by names the
-- administrator who awarded or reallocated the medals by hand: the engine then leaves the event alone.
create table results.event_outcome (
    event_code text primary key,
    reason     text,
    decided_by text
);

-- Which venues a results operator may send results for.
create table results.operator_venue (
    username  text not null,
    venue_tag text not null,
    primary key (username, venue_tag)
);

-- Feeds loaded, by checksum, so that a restart does not load the same feed again.
create table results.feed_import (
    id          bigserial primary key,
    checksum    text        not null,
    imported_at timestamptz not null,
    lines       integer     not null
);

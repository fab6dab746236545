create schema if not exists games;

create table games.noc (
    code    text primary key,
    name    text not null,
    name_fr text not null
);

create table games.discipline (
    code      text primary key,
    name_en   text not null,
    name_fr   text not null,
    sport_code text not null,
    sport_en  text not null,
    sport_fr  text not null
);

-- The 35 competition venues; a venue has one or more sites (stands, courses), each with its own code.
create table games.venue (
    tag        text primary key,
    name       text not null,
    name_fr    text not null,
    sports     text not null,
    date_start timestamptz,
    date_end   timestamptz
);

create table games.site (
    code            text primary key,
    venue_tag       text not null references games.venue (tag),
    name            text not null,
    name_fr         text not null,
    city            text not null,
    capacity        integer check (capacity > 0),   -- null: not published, and shown as unknown
    capacity_source text not null
);

create table games.event (
    code            text primary key,          -- RSC event prefix without padding, e.g. SWMM100MBA
    discipline_code text not null references games.discipline (code),
    name            text not null,
    gender          text not null,
    medal           boolean not null,
    code_derived    boolean not null            -- true where the public feed gave no code and the rule made one
);

create table games.phase (
    code       text primary key,                -- first 26 characters of the unit code
    event_code text not null references games.event (code),
    name       text not null
);

-- Ticketed blocks of units at one site on one competition day (see SessionDerivation).
create table games.session (
    code        text primary key,
    site_code   text not null references games.site (code),
    day         date not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    unit_count  integer not null,
    medal_units integer not null
);
create index session_day_idx on games.session (day, starts_at);

create table games.unit (
    code            char(34) primary key,
    event_code      text not null references games.event (code),
    phase_code      text not null references games.phase (code),
    discipline_code text not null references games.discipline (code),
    name            text not null,
    gender          text not null,
    event_type      text not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz,
    day             date not null,
    status          text not null,
    medal           smallint not null,         -- 0 none, 1 gold medal unit, 3 bronze medal unit
    site_code       text references games.site (code),
    location_code   text,
    location_name   text,
    session_code    text references games.session (code),
    code_derived    boolean not null
);
create index unit_day_idx on games.unit (day, starts_at);
create index unit_discipline_idx on games.unit (discipline_code, starts_at);
create index unit_site_idx on games.unit (site_code, starts_at);
create index unit_event_idx on games.unit (event_code, starts_at);

create table games.programme_import (
    id          bigserial primary key,
    checksum    text not null,
    imported_at timestamptz not null,
    units       integer not null,
    millis      bigint not null
);

-- The Games clock: one row. SIMULATED runs Games time from games_anchor at `speed` times real time.
create table games.clock (
    id           smallint primary key check (id = 1),
    mode         text not null check (mode in ('REAL', 'SIMULATED')),
    games_anchor timestamptz not null,
    real_anchor  timestamptz not null,
    speed        double precision not null check (speed > 0 and speed <= 100000),
    updated_by   text not null,
    updated_at   timestamptz not null
);

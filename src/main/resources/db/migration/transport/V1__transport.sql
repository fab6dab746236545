create schema if not exists transport;

-- The fleet, generated once from the Paris mix in application.yml (podium.transport.fleet).
create table transport.vehicle (
    code       text primary key,
    kind       text not null check (kind in ('CAR', 'BUS')),
    energy     text not null check (energy in ('HYDROGEN', 'HYBRID', 'PLUG_IN_HYBRID', 'BATTERY_ELECTRIC', 'BIOFUEL')),
    seats      int not null check (seats > 0),
    accessible boolean not null
);

-- Drivers: a code and a display name (synthetic in demo mode); username when the driver signs in.
create table transport.driver (
    code     text primary key,
    name     text not null,
    username text unique
);

-- A driver on a car for one shift (Paris local time): the car pool's planning unit for a day.
-- Shifts obey platform.WorkingTime (DriverRoster), the rules of the volunteers' roster.
create table transport.driver_shift (
    id        bigserial primary key,
    driver    text not null references transport.driver,
    vehicle   text not null references transport.vehicle,
    starts_at timestamp not null,
    ends_at   timestamp not null check (ends_at > starts_at),
    unique (vehicle, starts_at)
);
create index on transport.driver_shift (starts_at);
create index on transport.driver_shift (driver, starts_at);

-- Who books cars for which team (a NOC's team leaders).
create table transport.team_leader (
    username text primary key,
    noc      text not null
);

-- A car request and what became of it. Times are Paris local time, as the Games run.
create table transport.car_request (
    id              bigserial primary key,
    reference       text not null unique,
    requested_by    text not null,
    noc             text,
    service         text not null check (service in ('T1', 'T2', 'T3')),
    from_place      text not null,
    to_place        text not null check (to_place <> from_place),
    earliest        timestamp not null,
    latest          timestamp not null check (latest >= earliest),
    passengers      int not null check (passengers between 1 and 7),
    accessible      boolean not null,
    status          text not null default 'REQUESTED'
                    check (status in ('REQUESTED', 'ASSIGNED', 'WAITING', 'PICKED_UP', 'DONE', 'CANCELLED')),
    shift_id        bigint references transport.driver_shift,
    sequence        int,
    planned_pickup  timestamp,
    planned_dropoff timestamp,
    picked_up_at    timestamp,
    dropped_at      timestamp,
    created_at      timestamptz not null default now()
);
create index on transport.car_request (earliest);
create index on transport.car_request (shift_id, sequence);

-- A closed road or lane: travel through the area takes `multiplier` times longer while it lasts.
create table transport.disruption (
    id          bigserial primary key,
    place       text not null,
    radius_km   double precision not null check (radius_km > 0),
    multiplier  double precision not null check (multiplier >= 1),
    starts_at   timestamp not null,
    ends_at     timestamp not null check (ends_at > starts_at),
    reason      text not null,
    declared_by text not null,
    declared_at timestamptz not null default now()
);

-- Each dispatch run: what triggered it, its score and the riders' view of the plan.
create table transport.dispatch_run (
    id        bigserial primary key,
    day       date not null,
    reason    text not null,
    at        timestamptz not null default now(),
    hard      bigint not null,
    medium    bigint not null,
    soft      bigint not null,
    requests  int not null,
    served    int not null,
    on_time   int not null,
    moved     int not null,
    spent_ms  bigint not null
);

-- A replay of the official results on the Games clock. It runs in memory; this row is what a
-- restart finds of it: the clock it changed (to set back) and how it ended. A row without an end
-- at start-up is a replay a restart cut short: it is closed as ABANDONED and its clock set back.
create table results.replay (
    id                 bigserial primary key,
    started_by         text             not null,
    started_at         timestamptz      not null,
    window_from        timestamptz      not null,
    window_until       timestamptz      not null,
    speed              double precision not null,
    units              integer          not null,
    -- the clock before the replay set its own
    before_mode        text             not null,
    before_games       timestamptz      not null,
    before_real        timestamptz      not null,
    before_speed       double precision not null,
    -- the clock the replay set: set back only if it still runs
    replay_games       timestamptz      not null,
    replay_real        timestamptz      not null,
    ended_at           timestamptz,
    ended_by           text,
    outcome            text check (outcome in ('FINISHED', 'STOPPED', 'ABANDONED')),
    posted             integer
);

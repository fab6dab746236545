-- The last error of each module listener that threw: the event publication registry records
-- that a publication failed and how often it was resubmitted, not why.
create schema if not exists platform;

create table platform.listener_failure (
    listener_id    text primary key,
    event_type     text not null,
    last_error     text not null,
    last_failed_at timestamptz not null,
    failures       bigint not null
);

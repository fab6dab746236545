create schema if not exists soc;

-- An alert: a rule or correlation that fired, with its attribution and ATT&CK tags; duplicates
-- of an open alert (same rule, same group) within the suppression window only raise its count.
create table soc.alert (
    id                bigserial primary key,
    rule_id           text not null,
    title             text not null,
    level             text not null,
    author            text not null,
    tactics           text[] not null,
    techniques        text[] not null,
    group_key         text not null,
    evidence          text not null,           -- the matching event(s), as JSON
    status            text not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    first_at          timestamptz not null,
    last_at           timestamptz not null,
    suppressed_count  integer not null default 0,
    incident_id       bigint
);
create index alert_open_by_rule on soc.alert (rule_id, group_key, last_at) where status = 'OPEN';
create index alert_recent on soc.alert (last_at desc);

-- An incident (case): high and critical alerts open one or join the open one with the same key.
create table soc.incident (
    id               bigserial primary key,
    incident_key     text not null,
    title            text not null,
    severity         text not null,
    status           text not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    assignee         text,
    resolution       text,
    opened_at        timestamptz not null,
    acknowledged_at  timestamptz,
    closed_at        timestamptz
);
create unique index incident_open_key on soc.incident (incident_key) where status <> 'CLOSED';

-- Every change of an incident, in order: its timeline.
create table soc.incident_change (
    id           bigserial primary key,
    incident_id  bigint not null references soc.incident (id),
    at           timestamptz not null,
    actor        text not null,
    change       text not null
);
create index incident_change_by_incident on soc.incident_change (incident_id, at);

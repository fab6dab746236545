-- Every security event taken in, kept for the retention period and searchable. Partitioned by
-- day of arrival: a day's partition is dropped whole when it leaves the retention period.
create table soc.event (
    id           bigserial,
    received_at  timestamptz not null,
    source       text not null,
    body         jsonb not null
) partition by range (received_at);
create table soc.event_default partition of soc.event default;
create index event_received on soc.event (received_at);

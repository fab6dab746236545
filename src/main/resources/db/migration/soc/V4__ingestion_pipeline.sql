-- Batches stored but not yet run through the rules: written in the transaction that stores the
-- events (COPY), deleted once evaluated. What a crash leaves here is evaluated again at start.
create table soc.pending_batch (
    id           bigserial primary key,
    source       text not null,
    received_at  timestamptz not null,
    events       integer not null
);
alter table soc.event add column batch_id bigint;

-- Kafka records stored, per topic partition: the next offset to store. Written in the transaction
-- that stores the records, so a redelivery after a crash (offsets not yet committed to Kafka)
-- skips what is already stored instead of storing it twice.
create table soc.kafka_offset (
    topic       text not null,
    partition   integer not null,
    next_offset bigint not null,
    primary key (topic, partition)
);

-- Search: time range, newest first, optionally one field equal to a value. The time index is a
-- B-tree (not BRIN): arrival times only grow, so it appends at its right edge, and unlike BRIN it
-- gives newest-first order without sorting the range. The fields analysts pivot on (the account,
-- the client address, the host, the Windows event id) get an index each, (field, time), so an
-- equality search reads only the matching rows, newest first. Other fields are searched by
-- scanning the time range. Indexes on the partitioned table are made on every partition.
create index event_user on soc.event ((body #>> '{user}'), received_at);
create index event_source_ip on soc.event ((body #>> '{source,ip}'), received_at);
create index event_computer on soc.event ((body #>> '{Computer}'), received_at);
create index event_event_id on soc.event ((body #>> '{EventID}'), received_at);

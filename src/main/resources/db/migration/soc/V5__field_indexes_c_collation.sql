-- The field indexes again, cheaper to keep up at ingestion rates (measured: bench/soc-ingest.sh):
-- * in the "C" collation: the database's C.UTF-8 goes through the C library's strcoll for every
--   comparison, the "C" collation compares bytes. Equality is the same in both; only the (unused)
--   order differs. The search writes the same expression (EventStore.search), or the planner
--   would not use these indexes.
-- * partial, without the events that lack the field: most events carry one or two of these
--   fields, and an entry for every event without it only made the index bigger.
drop index soc.event_user;
drop index soc.event_source_ip;
drop index soc.event_computer;
drop index soc.event_event_id;
create index event_user on soc.event ((body #>> '{user}') collate "C", received_at)
    where (body #>> '{user}') is not null;
create index event_source_ip on soc.event ((body #>> '{source,ip}') collate "C", received_at)
    where (body #>> '{source,ip}') is not null;
create index event_computer on soc.event ((body #>> '{Computer}') collate "C", received_at)
    where (body #>> '{Computer}') is not null;
create index event_event_id on soc.event ((body #>> '{EventID}') collate "C", received_at)
    where (body #>> '{EventID}') is not null;

-- An Idempotency-Key binds to its request: the hash of the hold and holders it was first used with.
alter table ticketing.ticket_order add column request_hash text;

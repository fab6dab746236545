create schema if not exists audit;

-- Append-only: staff actions are never updated or deleted by the application.
create table audit.entry (
    id      bigserial primary key,
    actor   text        not null,
    action  text        not null,
    target  text,
    detail  text,
    at      timestamptz not null
);
create index entry_action_idx on audit.entry (action text_pattern_ops, id desc);

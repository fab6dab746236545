-- A volunteer offers one of their published shifts to a teammate, who takes it if it keeps every
-- hard rule of their own roster.
create table workforce.swap (
    id          bigserial primary key,
    shift_id    bigint not null references workforce.shift (id),
    offered_by  bigint not null references workforce.applicant (id),
    offered_to  bigint not null references workforce.applicant (id),
    status      text not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
    reason      text,
    created_at  timestamptz not null,
    decided_at  timestamptz
);
create index swap_offered_to on workforce.swap (offered_to, status);
create unique index swap_one_open_per_shift on workforce.swap (shift_id) where status = 'OPEN';

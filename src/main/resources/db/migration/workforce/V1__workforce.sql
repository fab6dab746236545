create schema if not exists workforce;

-- An application to volunteer. Protected traits (gender, disability, nationality) are kept for the
-- diversity figures only; the selection score never reads them (docs/modules/workforce.md).
-- Synthetic applicants (demo generator) are marked as such.
create table workforce.applicant (
    id              bigserial primary key,
    reference       text not null unique,
    fan_id          uuid unique,
    family_name     text not null,
    given_name      text not null,
    birth_date      date not null,
    gender          text not null check (gender in ('F', 'M', 'X')),
    country         text not null,
    region          text not null,
    -- 'fr:C2', 'en:B2': ISO 639-1 code and CEFR level
    languages       text[] not null,
    skills          text[] not null,
    -- Availability as days: the windows the applicant gave, expanded (at least 10 days).
    available_days  date[] not null,
    preferred_areas text[] not null,
    preferred_venues text[] not null,
    accessibility   text,
    disability      boolean not null default false,
    uniform_size    text not null,
    consent_at      timestamptz not null,
    submitted_at    timestamptz not null,
    synthetic       boolean not null default false,
    status          text not null default 'APPLIED'
                    check (status in ('APPLIED', 'WITHDRAWN', 'INVITED', 'ACCEPTED', 'DECLINED', 'STANDBY', 'NOT_SELECTED')),
    score           integer,
    venue           text,
    area            text,
    decided_at      timestamptz
);
create index applicant_status on workforce.applicant (status, venue, area);

-- Training assigned at selection (general Games training and the area's), completed by the volunteer.
create table workforce.training (
    applicant_id  bigint not null references workforce.applicant (id) on delete cascade,
    module        text not null,
    assigned_at   timestamptz not null,
    completed_at  timestamptz,
    primary key (applicant_id, module)
);

-- A position on a shift (Paris local time; shifts never cross midnight). Published shifts are seen by
-- volunteers and pinned at re-planning.
create table workforce.shift (
    id            bigserial primary key,
    venue         text not null,
    area          text not null,
    starts_at     timestamp not null,
    ends_at       timestamp not null check (ends_at > starts_at),
    language      text,
    minimum_age   integer not null,
    applicant_id  bigint references workforce.applicant (id),
    published     boolean not null default false,
    checked_in_at  timestamptz,
    checked_out_at timestamptz,
    no_show       boolean not null default false
);
create index shift_day on workforce.shift (venue, starts_at);
create index shift_applicant on workforce.shift (applicant_id, starts_at) where applicant_id is not null;

-- One planning run: when, how, the score and its breakdown by constraint (for the managers' page).
create table workforce.roster_run (
    id            bigserial primary key,
    started_at    timestamptz not null,
    method        text not null,
    seconds       numeric not null,
    score         text not null,
    filled        integer not null,
    open_shifts   integer not null,
    hours_std_dev numeric not null,
    moves_per_second bigint not null,
    breakdown     jsonb not null
);

-- The key that signs volunteers' calendar feed addresses (a feed is read without signing in).
create table workforce.calendar_key (
    id   integer primary key check (id = 1),
    key  bytea not null
);

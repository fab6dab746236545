create schema if not exists accounts;

-- Staff of the organising committee; roles are granted per capability.
create table accounts.staff (
    username      text primary key check (username ~ '^[a-z][a-z0-9._-]{2,39}$'),
    display_name  text not null,
    password_hash text not null,
    roles         text[] not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null
);

-- Fans: a separate kind of account; only what ticketing and the site need is kept.
create table accounts.fan (
    id            uuid primary key,
    email         text not null unique check (email = lower(email)),
    display_name  text not null,
    password_hash text not null,
    language      text not null check (language in ('en', 'fr')),
    created_at    timestamptz not null
);

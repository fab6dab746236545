-- Ticketing: sales phases, draws, prices, drops, orders and tickets, payments.
create schema if not exists ticketing;

-- The seat map is not stored: it is generated from the site's capacity (docs/modules/ticketing.md).

create table ticketing.sales_phase (
    id                      bigserial primary key,
    name                    text not null,
    access                  text not null check (access in ('DRAW', 'OPEN')),
    packs_only              boolean not null default false,
    min_pack_sessions       integer not null default 3 check (min_pack_sessions >= 2),
    opens_at                timestamptz not null,
    closes_at               timestamptz not null check (closes_at > opens_at),
    -- null: every session; otherwise only these sessions are sold in this phase
    session_codes           text[],
    registration_opens_at   timestamptz,
    registration_closes_at  timestamptz,
    slot_hours              integer not null default 48 check (slot_hours > 0),
    fans_per_slot           integer not null default 1000 check (fans_per_slot > 0),
    slot_interval_minutes   integer not null default 1440 check (slot_interval_minutes > 0),
    draw_seed               bigint,
    drawn_at                timestamptz,
    drawn_by                text,
    check (access = 'OPEN' or (registration_opens_at is not null and registration_closes_at is not null
                               and registration_closes_at > registration_opens_at
                               and registration_closes_at <= opens_at))
);

create table ticketing.draw_entry (
    phase_id        bigint not null references ticketing.sales_phase (id),
    fan_id          uuid not null,
    registered_at   timestamptz not null,
    -- filled by the draw: place in the random order and the purchase slot
    position        integer,
    slot_starts_at  timestamptz,
    slot_ends_at    timestamptz,
    primary key (phase_id, fan_id)
);
create unique index draw_entry_position on ticketing.draw_entry (phase_id, position);

create table ticketing.session_price (
    session_code    text not null,
    category        char(1) not null check (category in ('A', 'B', 'C', 'D')),
    price_cents     integer not null check (price_cents > 0),
    primary key (session_code, category)
);

create table ticketing.seat_drop (
    id              bigserial primary key,
    session_code    text not null,
    release_at      timestamptz not null,
    released_at     timestamptz,
    released_seats  integer
);

create table ticketing.ticket_order (
    id               uuid primary key,
    fan_id           uuid not null,
    idempotency_key  text not null,
    status           text not null check (status in ('PENDING_PAYMENT', 'PAID', 'DECLINED', 'EXPIRED', 'REFUNDED', 'LATE_REFUNDED')),
    total_cents      integer not null check (total_cents >= 0),
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    paid_at          timestamptz,
    payment_ref      text,
    status_reason    text,
    unique (fan_id, idempotency_key)
);
create index ticket_order_pending on ticketing.ticket_order (expires_at) where status = 'PENDING_PAYMENT';
create index ticket_order_fan on ticketing.ticket_order (fan_id, created_at);

create table ticketing.ticket (
    id            uuid primary key,
    order_id      uuid not null references ticketing.ticket_order (id),
    fan_id        uuid not null,
    session_code  text not null,
    seat_index    integer not null,
    seat_id       text not null,
    category      char(1) not null,
    seat_kind     text not null,
    holder_name   text not null check (length(holder_name) between 1 and 120),
    price_cents   integer not null,
    -- active while its order is pending or paid: one seat, one active ticket
    active        boolean not null
);
create unique index ticket_seat_sold_once on ticketing.ticket (session_code, seat_index) where active;
create index ticket_by_order on ticketing.ticket (order_id);
create index ticket_fan_active on ticketing.ticket (fan_id) where active;

-- Every payment notification taken in, once: a duplicate webhook changes nothing.
create table ticketing.payment_event (
    event_id     text primary key,
    order_id     uuid not null,
    outcome      text not null,
    received_at  timestamptz not null
);

-- The built-in sandbox payment service's own books (it stands where a real provider would be).
create table ticketing.sandbox_payment (
    id             text primary key,
    order_id       uuid not null unique,
    amount_cents   integer not null,
    card_last4     text not null,
    outcome        text not null check (outcome in ('SUCCEEDED', 'DECLINED', 'NEVER', 'LATE')),
    status         text not null check (status in ('PENDING', 'NOTIFIED', 'REFUNDED')),
    created_at     timestamptz not null,
    notify_at      timestamptz,
    notified_at    timestamptz,
    attempts       integer not null default 0,
    refunded_at    timestamptz
);
create index sandbox_payment_due on ticketing.sandbox_payment (notify_at) where status = 'PENDING';

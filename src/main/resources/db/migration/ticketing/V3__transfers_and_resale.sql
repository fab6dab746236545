-- A ticket changes hands by a transfer to another fan account or by the official resale at face value.

-- A resale purchase is an order of its own (paid through the same provider and webhook) whose
-- ticket is the listed one, not a new seat.
alter table ticketing.ticket_order add column kind text not null default 'SALE' check (kind in ('SALE', 'RESALE'));

-- Partial refunds: a reseller gets back the face value of one ticket of a larger order.
alter table ticketing.sandbox_payment add column refunded_cents integer not null default 0 check (refunded_cents >= 0);

create table ticketing.ticket_transfer (
    id            uuid primary key,
    ticket_id     uuid not null references ticketing.ticket (id),
    from_fan      uuid not null,
    to_email      text not null,
    to_fan        uuid not null,
    status        text not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    created_at    timestamptz not null,
    decided_at    timestamptz
);
-- At most one open offer per ticket.
create unique index ticket_transfer_pending on ticketing.ticket_transfer (ticket_id) where status = 'PENDING';
create index ticket_transfer_to on ticketing.ticket_transfer (to_fan) where status = 'PENDING';

create table ticketing.resale_listing (
    id              uuid primary key,
    ticket_id       uuid not null references ticketing.ticket (id),
    session_code    text not null,
    seller_fan      uuid not null,
    price_cents     integer not null check (price_cents > 0),
    fee_cents       integer not null check (fee_cents >= 0),
    status          text not null check (status in ('LISTED', 'RESERVED', 'SOLD', 'WITHDRAWN')),
    listed_at       timestamptz not null,
    buyer_fan       uuid,
    buyer_name      text,
    purchase_order  uuid references ticketing.ticket_order (id),
    sold_at         timestamptz
);
-- A ticket is on sale at most once at a time.
create unique index resale_listing_open on ticketing.resale_listing (ticket_id) where status in ('LISTED', 'RESERVED');
create index resale_listing_session on ticketing.resale_listing (session_code) where status = 'LISTED';
create unique index resale_listing_purchase on ticketing.resale_listing (purchase_order) where purchase_order is not null;

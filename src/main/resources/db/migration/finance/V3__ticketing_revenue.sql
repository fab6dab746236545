-- Ticket sales and refunds as the ticketing module reports them (OrderPaid, OrderRefunded), one
-- row per order and movement, until a daily summary entry posts them to the sales journal.
create table finance.ticket_movement (
    ticket_order    uuid not null,
    kind            text not null check (kind in ('SALE', 'REFUND')),
    on_day          date not null,
    gross_cents     bigint not null check (gross_cents >= 0),
    to_sellers_cents bigint not null default 0 check (to_sellers_cents >= 0),
    entry           bigint references finance.entry,
    primary key (ticket_order, kind)
);
create index ticket_movement_pending on finance.ticket_movement (on_day) where entry is null;

-- Customer invoices (hospitality packages, broadcasting rights instalments...): numbered in one
-- continuous sequence per year, as French invoicing rules require (no gap, no reuse).
create table finance.customer_invoice_number (
    year int primary key,
    next int not null
);

create table finance.customer_invoice (
    id          bigserial primary key,
    number      text not null unique,
    customer    text not null,
    customer_vat text not null default '',
    label       text not null,
    issued      date not null,
    due         date not null,
    net         numeric(15, 2) not null check (net > 0),
    vat_percent numeric(5, 2) not null check (vat_percent >= 0),
    vat         numeric(15, 2) not null check (vat >= 0),
    gross       numeric(15, 2) not null,
    status      text not null check (status in ('ISSUED', 'PAID')),
    issued_by   text not null,
    entry       bigint not null references finance.entry,
    paid_on     date,
    payment_entry bigint references finance.entry
);

alter table finance.statement_line add column customer_invoice bigint references finance.customer_invoice;

-- Purchase to pay: suppliers, budget lines, purchase orders and their approvals, receipts,
-- supplier invoices and their three-way match, payment runs and bank statements.

-- A supplier's bank details change in two steps: one person asks, another confirms. Who created
-- the supplier or asked for or confirmed its bank details is kept: they cannot pay it.
create table finance.supplier (
    id                bigserial primary key,
    name              text not null,
    siret             text not null unique check (siret ~ '^[0-9]{14}$'),
    vat               text not null default '',
    iban              text not null,
    bic               text not null default '',
    created_by        text not null,
    created_at        timestamptz not null default now(),
    bank_requested_by text,
    bank_confirmed_by text,
    pending_iban      text,
    pending_bic       text,
    pending_by        text
);

-- A budget line: a functional area's envelope for a year, charged to one expense account.
create table finance.budget_line (
    code    text primary key,
    area    text not null,
    year    int not null,
    account text not null references finance.account,
    amount  numeric(15, 2) not null check (amount >= 0)
);

-- A purchase order: approvals needed are fixed when it is submitted (delegation-of-authority
-- matrix, one more when it goes over its budget line); it commits its budget once approved.
create table finance.purchase_order (
    id                 bigserial primary key,
    requisition        bigint references finance.requisition,
    supplier           bigint not null references finance.supplier,
    budget_line        text not null references finance.budget_line,
    description        text not null,
    net                numeric(15, 2) not null check (net > 0),
    over_budget        boolean not null,
    approvals_needed   int not null check (approvals_needed >= 1),
    status             text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    ordered_by         text not null,
    ordered_at         timestamptz not null default now()
);

create table finance.purchase_order_line (
    purchase_order bigint not null references finance.purchase_order,
    position       int not null,
    description    text not null,
    quantity       numeric(12, 2) not null check (quantity > 0),
    unit_price     numeric(15, 4) not null check (unit_price >= 0),
    primary key (purchase_order, position)
);

create table finance.approval (
    purchase_order bigint not null references finance.purchase_order,
    approver       text not null,
    approved_at    timestamptz not null default now(),
    primary key (purchase_order, approver)
);

-- Goods or services received against an order's line (several receipts may add up).
create table finance.receipt (
    id             bigserial primary key,
    purchase_order bigint not null,
    position       int not null,
    quantity       numeric(12, 2) not null check (quantity > 0),
    received_by    text not null,
    received_on    date not null,
    foreign key (purchase_order, position) references finance.purchase_order_line
);

-- A supplier's invoice against an order: matched (approved for payment and posted), held on a
-- variance until an approver accepts it, in a payment run, paid when the bank statement says so.
create table finance.invoice (
    id             bigserial primary key,
    supplier       bigint not null references finance.supplier,
    purchase_order bigint not null references finance.purchase_order,
    number         text not null,
    invoice_date   date not null,
    due_date       date not null,
    net            numeric(15, 2) not null check (net >= 0),
    vat            numeric(15, 2) not null check (vat >= 0),
    gross          numeric(15, 2) not null check (gross > 0),
    match          text not null,
    status         text not null check (status in ('HELD', 'APPROVED', 'IN_RUN', 'PAID')),
    entered_by     text not null,
    approved_by    text,
    entry          bigint references finance.entry,
    payment_run    bigint,
    paid_on        date,
    unique (supplier, number)
);

create table finance.invoice_line (
    invoice    bigint not null references finance.invoice,
    position   int not null,
    quantity   numeric(12, 2) not null check (quantity > 0),
    unit_price numeric(15, 4) not null check (unit_price >= 0),
    primary key (invoice, position)
);

-- A payment run: prepared by one treasurer, approved by another, then its SEPA file is issued.
create table finance.payment_run (
    id            bigserial primary key,
    execution     date not null,
    status        text not null check (status in ('PREPARED', 'APPROVED')),
    prepared_by   text not null,
    approved_by   text,
    message_id    text unique,
    file          bytea,
    payments      int not null,
    total         numeric(15, 2) not null
);
alter table finance.invoice add foreign key (payment_run) references finance.payment_run;

-- Bank statements (camt.053) as imported, each line matched to an invoice or left for a person.
create table finance.bank_statement (
    id           bigserial primary key,
    statement_id text not null unique,
    account      text not null,
    imported_by  text not null,
    imported_at  timestamptz not null default now()
);

create table finance.statement_line (
    id            bigserial primary key,
    statement     bigint not null references finance.bank_statement,
    booked_on     date not null,
    amount        numeric(15, 2) not null,
    debit         boolean not null,
    end_to_end_id text not null default '',
    remittance    text not null default '',
    counterparty  text not null default '',
    invoice       bigint references finance.invoice,
    entry         bigint references finance.entry
);

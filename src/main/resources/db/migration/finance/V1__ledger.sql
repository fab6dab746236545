create schema if not exists finance;

-- The chart of accounts (finance/accounts.csv, loaded at start: PCG numbers and titles).
create table finance.account (
    number  text primary key check (number ~ '^[1-7][0-9]{1,9}$'),
    name_fr text not null,
    name_en text not null
);

-- Journals and their next number: taken under the row's lock in the posting's transaction, so a
-- rolled-back posting gives its number back and the sequence has no gap.
create table finance.journal (
    code        text primary key,
    name        text not null,
    next_number int not null default 1
);
insert into finance.journal (code, name) values
    ('ACH', 'Achats / Purchases'), ('VTE', 'Ventes / Sales'), ('BQ', 'Banque / Bank'),
    ('PAIE', 'Paie / Payroll'), ('OD', 'Opérations diverses / Miscellaneous');

-- The head of the hash chain: one row, locked by every posting (postings are serialised).
create table finance.chain (
    id   int primary key check (id = 1),
    head text not null
);
insert into finance.chain (id, head) values (1, repeat('0', 64));

-- A validated entry: its number in its journal, the hash of the previous entry and its own
-- (SHA-256 over the previous hash and the entry's canonical text: LedgerHash).
create table finance.entry (
    id            bigserial primary key,
    journal       text not null references finance.journal,
    number        int not null,
    entry_date    date not null,
    label         text not null,
    piece_ref     text not null,
    validated_at  timestamptz not null default now(),
    validated_by  text not null,
    reverses      bigint references finance.entry,
    previous_hash text not null,
    hash          text not null unique,
    unique (journal, number)
);

create table finance.entry_line (
    entry    bigint not null references finance.entry,
    position int not null,
    account  text not null references finance.account,
    debit    numeric(15, 2) not null check (debit >= 0),
    credit   numeric(15, 2) not null check (credit >= 0),
    label    text not null,
    primary key (entry, position),
    check ((debit = 0) <> (credit = 0))
);
create index on finance.entry_line (account);

-- Validated entries never change: corrections are reversing entries.
create function finance.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'finance: a validated entry cannot be changed or deleted (post a reversal)';
end $$;
create trigger entry_immutable before update or delete on finance.entry for each row execute function finance.refuse_change();
create trigger entry_line_immutable before update or delete on finance.entry_line for each row execute function finance.refuse_change();

-- Purchase requisitions: the start of purchase-to-pay, e.g. from the village restaurant's orders.
create table finance.requisition (
    id          bigserial primary key,
    source      text not null,
    source_ref  text not null,
    description text not null,
    quantity    numeric(12, 1) not null,
    unit        text not null,
    needed_by   date not null,
    supplier    text not null,
    requested_by text not null,
    status      text not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'ORDERED', 'REJECTED')),
    created_at  timestamptz not null default now(),
    unique (source, source_ref)
);

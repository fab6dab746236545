-- Debit and credit per account and day, kept by the database as entry lines are written (lines
-- are never updated or deleted): a trial balance reads at most accounts x days rows instead of
-- every line. One statement-level trigger per insert statement, so a posting or a bulk load adds
-- one upsert per account and day it touches.
create table finance.account_day (
    account text not null references finance.account,
    day     date not null,
    debit   numeric(17, 2) not null,
    credit  numeric(17, 2) not null,
    primary key (account, day)
);

create function finance.add_to_account_day() returns trigger language plpgsql as $$
begin
    insert into finance.account_day (account, day, debit, credit)
    select l.account, e.entry_date, sum(l.debit), sum(l.credit)
    from inserted l join finance.entry e on e.id = l.entry
    group by l.account, e.entry_date
    on conflict (account, day) do update
        set debit = finance.account_day.debit + excluded.debit, credit = finance.account_day.credit + excluded.credit;
    return null;
end $$;

create trigger entry_line_balances after insert on finance.entry_line
    referencing new table as inserted for each statement execute function finance.add_to_account_day();

insert into finance.account_day (account, day, debit, credit)
select l.account, e.entry_date, sum(l.debit), sum(l.credit)
from finance.entry_line l join finance.entry e on e.id = l.entry group by l.account, e.entry_date;

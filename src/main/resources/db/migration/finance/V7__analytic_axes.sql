-- Analytic axes: an order may name the venue it is for; a purchase entry keeps its functional area,
-- budget line and venue beside it (not in the hash chain's text, so earlier entries keep their
-- hashes), written with the entry and never changed, like the entry itself.
alter table finance.purchase_order add column venue text;

create table finance.entry_analytic (
    entry       bigint primary key references finance.entry,
    area        text not null,
    budget_line text references finance.budget_line,
    venue       text
);
create trigger entry_analytic_immutable before update or delete on finance.entry_analytic
    for each row execute function finance.refuse_change();

-- The fan pays on the sandbox payment service's own page: a payment is OPEN (a checkout session,
-- amount known, no card yet) until the page is submitted; only then are the card's last four
-- digits and the outcome known, to the service. Podium's own tables never hold card data.
alter table ticketing.sandbox_payment alter column card_last4 drop not null;
alter table ticketing.sandbox_payment alter column outcome drop not null;
alter table ticketing.sandbox_payment drop constraint sandbox_payment_status_check;
alter table ticketing.sandbox_payment add constraint sandbox_payment_status_check
    check (status in ('OPEN', 'PENDING', 'NOTIFIED', 'REFUNDED'));
alter table ticketing.sandbox_payment add column currency text not null default 'EUR';
alter table ticketing.sandbox_payment add column pay_by timestamptz;
alter table ticketing.sandbox_payment add column return_path text;

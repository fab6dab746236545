-- A transfer may be offered to an address no account has yet: it waits for whoever registers
-- with it, so the answer to the sender never says which addresses have accounts.
alter table ticketing.ticket_transfer alter column to_fan drop not null;
create index ticket_transfer_to_email on ticketing.ticket_transfer (to_email) where status = 'PENDING' and to_fan is null;

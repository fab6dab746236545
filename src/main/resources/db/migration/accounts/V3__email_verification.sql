-- A fan may buy only once their address is shown to be theirs (a link sent to it was opened).
-- Accounts made before verification existed stay unverified: their owner asks for a new link.
alter table accounts.fan add column email_verified_at timestamptz;

-- Links sent: only a hash of the token is kept, so a copy of the table verifies nothing.
create table accounts.email_verification (
    token_hash bytea primary key,
    fan_id     uuid not null references accounts.fan (id) on delete cascade,
    sent_at    timestamptz not null,
    expires_at timestamptz not null
);
create index email_verification_fan on accounts.email_verification (fan_id);

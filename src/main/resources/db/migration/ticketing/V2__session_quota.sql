-- A session's own quotas, set by a ticketing manager before its sale starts; otherwise the
-- configured shares apply (podium.ticketing.partner-share, held-back-share).
create table ticketing.session_quota (
    session_code     text primary key,
    partner_share    numeric(4, 3) not null check (partner_share >= 0 and partner_share <= 0.5),
    held_back_share  numeric(4, 3) not null check (held_back_share >= 0 and held_back_share <= 0.5),
    set_by           text not null,
    set_at           timestamptz not null
);

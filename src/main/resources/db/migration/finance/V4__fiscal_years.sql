-- Fiscal years closed by an accountant: no entry dated in a closed year is validated. A year is
-- reopened only if no later year is closed, with its reason kept.
create table finance.fiscal_year (
    year         int primary key,
    status       text not null check (status in ('OPEN', 'CLOSED')),
    closed_by    text,
    closed_at    timestamptz,
    reopened_by  text,
    reopened_at  timestamptz,
    reason       text
);

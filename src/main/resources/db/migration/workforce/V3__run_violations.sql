-- How many hard-rule violations the plain-Java validator found in a run (shown by /roster/last).
alter table workforce.roster_run add column hard_violations integer not null default 0;

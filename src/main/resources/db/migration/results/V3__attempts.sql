-- Field events' series of attempts (marks, X for a foul, - for a pass), space-separated in order:
-- countback ranks competitors level on their best mark by their next best.
alter table results.entry add column attempts text;

-- Analysts acknowledge and close alerts themselves, not only through an incident.
alter table soc.alert add column status_by text;
alter table soc.alert add column acknowledged_at timestamptz;
alter table soc.alert add column closed_at timestamptz;

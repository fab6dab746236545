-- The rank agreement of each import (per discipline, with every disagreement), kept with it so
-- that it survives a restart and can be audited.
alter table results.feed_import add column agreement jsonb;

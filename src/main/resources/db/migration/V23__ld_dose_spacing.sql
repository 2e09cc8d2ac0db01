-- Issue 18 item 3: LD doses of the same drug are "once daily": at least cartflow.ld.min-hours-between-doses (default
-- 20 h) apart. A dose already given closer than that is recorded with the reason and flagged, never refused.
alter table ld_administration add column spacing_deviation_reason varchar(400);

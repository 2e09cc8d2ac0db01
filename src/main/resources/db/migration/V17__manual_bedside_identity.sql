-- INF-9 downtime path: when the scanner or a label fails, the bedside identity check is typed with the reason and
-- co-signed by a second user (who types the identifiers again) before the infusion may start.
alter table bag_infusion add column bedside_entry varchar(16);
alter table bag_infusion add column bedside_manual_reason varchar(400);
alter table bag_infusion add column bedside_cosigned_by varchar(100);
alter table bag_infusion add column bedside_cosigned_at timestamptz;

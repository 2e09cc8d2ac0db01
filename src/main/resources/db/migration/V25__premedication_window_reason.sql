-- Issue 18 item 7: INF-2 says about 30-60 minutes; a start inside the site's grace keeps the nurse's reason.
alter table bag_infusion add column premedication_window_reason varchar(400);

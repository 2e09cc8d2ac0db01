-- Issue 18 item 6: the follow-up watches for T-cell lymphoid tumours (TMAL-1-JP24, extends POST-5).
alter table secondary_malignancy add column lineage varchar(20) not null default 'UNKNOWN';

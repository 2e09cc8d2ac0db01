-- Issue 20 item 5: every patient belongs to a site (a hospital of a shared deployment), and every course through its
-- patient. Rows written before sites existed belong to the site 'main'; an operator who merges deployments renames it.
-- An MRN is unique within its site: two hospitals may number their patients alike.
alter table patient add column site varchar(64);
update patient set site = 'main';
alter table patient alter column site set not null;
alter table patient drop constraint patient_mrn_unique;
alter table patient add constraint patient_site_mrn_unique unique (site, mrn);
create index patient_site_idx on patient(site, id);

-- A break-the-glass read (a physician reading another site's patient, with a reason) is kept with its reason.
alter table access_log add column break_glass_reason varchar(500);
create index access_log_break_glass_idx on access_log(id) where break_glass_reason is not null;

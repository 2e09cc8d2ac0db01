-- Issue 18 item 4: the pre-LD counts take the same unit-bearing representation as the post-infusion panel and are
-- stored in the same canonical units (10^9/L, g/dL), with what the laboratory reported kept beside them.
alter table ld_assessment rename column anc_per_ul to anc;
alter table ld_assessment alter column anc type numeric(10,4) using anc / 1000.0;
alter table ld_assessment rename column platelets_per_ul to platelets;
alter table ld_assessment alter column platelets type numeric(10,3) using platelets / 1000.0;
alter table ld_assessment rename column hemoglobin_g_dl to hemoglobin;
alter table ld_assessment alter column hemoglobin type numeric(6,3);
alter table ld_assessment add column as_entered varchar(400);

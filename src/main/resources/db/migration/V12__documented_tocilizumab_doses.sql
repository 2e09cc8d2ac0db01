-- A tocilizumab dose that was given is always documented (it also masks fever for CRS grading): the patient's stock
-- may then fall below zero, which is a pharmacy alert, and a dose under 8 h after the previous one carries the
-- deviation reason given by whoever documents it.
alter table tocilizumab_stock drop constraint tocilizumab_stock_doses_on_hand_check;
alter table crs_intervention add column spacing_deviation_reason varchar(400);
alter table crs_intervention add column given_without_stock boolean not null default false;

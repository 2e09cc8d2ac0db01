-- DOSE-1: the dose actually infused (the sum of the infused bags' CAR+ T cells, x 10^6), recorded with the infusion;
-- below the label's range it is a deviation a physician reviews, and surveillance reports it.
alter table course add column infused_dose_e6 numeric(8,1);

-- Issue 18 item 4: unit-bearing lab values are converted to one canonical unit; keep enough digits that a
-- converted count (35 /uL = 0.035 x 10^9/L) is not rounded, and keep what the laboratory reported.
alter table lab_panel alter column anc type numeric(10,4);
alter table lab_panel alter column platelets type numeric(10,3);
alter table lab_panel alter column hemoglobin type numeric(6,3);
alter table lab_panel alter column potassium type numeric(6,3);
alter table lab_panel alter column creatinine type numeric(8,4);
alter table lab_panel add column as_entered varchar(400);

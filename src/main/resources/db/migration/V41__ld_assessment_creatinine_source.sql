-- Issue 22: where the pre-LD assessment's creatinine came from, so the pharmacist verifying the doses sees a value the
-- lab system sent ("from the lab", with the result and its sender) apart from one typed at the bedside (null).
alter table ld_assessment add column creatinine_source varchar(300);

-- Issue 17 item 9: a physician may attribute an assessment's fever to another documented cause (an infection); the
-- fever then does not count towards CRS (ASTCT 2019: fever "not attributable to any other cause"), the assessment
-- and the later ones are regraded, and the grade before the attribution is kept beside it.
alter table monitoring_assessment add column fever_attributed_to varchar(32);
alter table monitoring_assessment add column fever_attribution_note varchar(1000);
alter table monitoring_assessment add column fever_attributed_by varchar(100);
alter table monitoring_assessment add column fever_attributed_at timestamptz;
alter table monitoring_assessment add column crs_grade_before_attribution integer;

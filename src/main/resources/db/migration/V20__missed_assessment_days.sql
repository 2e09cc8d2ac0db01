-- Issue 17 item 8: discharge needs a CRS/ICANS assessment on every day since day 0, or a physician's explanation for
-- a day without one (the patient off the ward, a documentation gap found afterwards ...).
create table missed_assessment_day (
    id              bigserial primary key,
    course_id       bigint        not null references course(id),
    day_number      integer       not null,
    reason          varchar(1000) not null,
    recorded_by     varchar(100)  not null,
    recorded_role   varchar(32)   not null,
    recorded_at     timestamptz   not null,
    unique (course_id, day_number)
);

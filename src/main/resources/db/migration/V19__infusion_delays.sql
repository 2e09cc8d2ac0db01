-- Issue 17 item 5: an infusion later than the planned day 0 (LD-1) needs a physician's recorded delay with its cause
-- (DELAY-1: persistent serious adverse events; DELAY-2: active infection or inflammatory disease; or another cause)
-- and reason. A delay older than the site's re-confirmation interval must be recorded again before the infusion.
create table infusion_delay (
    id                bigserial primary key,
    course_id         bigint        not null references course(id),
    cause             varchar(32)   not null,
    reason            varchar(2000) not null,
    planned_day_zero  date          not null,
    expected_on       date,
    recorded_by       varchar(100)  not null,
    recorded_role     varchar(32)   not null,
    recorded_at       timestamptz   not null
);
create index infusion_delay_course_idx on infusion_delay(course_id);

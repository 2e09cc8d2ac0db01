-- Issue 17 item 2: bedside and monitoring records carry the moment they happened (performedAt) beside the server's
-- time of entry. A record entered later than the site's delay (cartflow.entry.late-after, default 15 min) is kept
-- here with the reason the writer gave, and the journey flags it.
create table late_entry (
    id              bigserial primary key,
    course_id       bigint        not null references course(id),
    record_kind     varchar(64)   not null,
    record_ref      bigint,
    performed_at    timestamptz   not null,
    recorded_at     timestamptz   not null,
    delay_minutes   bigint        not null,
    reason          varchar(400)  not null,
    recorded_by     varchar(100)  not null,
    recorded_role   varchar(32)   not null
);
create index late_entry_course_idx on late_entry(course_id);

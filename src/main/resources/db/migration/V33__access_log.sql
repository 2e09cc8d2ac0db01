-- Issue 20 item 4: who read which patient's data, and every 401/403. Written outside the audit chain (no lock shared
-- with the writes); the runtime role may only INSERT and SELECT it (R__runtime_role_grants.sql).
create table access_log (
    id         bigserial primary key,
    at         timestamptz  not null,
    actor      varchar(100),
    actor_role varchar(100),
    method     varchar(8)   not null,
    path       varchar(500) not null,
    status     integer      not null,
    patient_id bigint,
    course_id  bigint
);
create index access_log_patient_idx on access_log(patient_id, id) where patient_id is not null;
create index access_log_course_idx on access_log(course_id, id) where course_id is not null;

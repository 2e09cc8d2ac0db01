-- Spine of the journey: patients, courses (one course of the product per patient), audit trail.

create table patient (
    id              bigserial primary key,
    mrn             varchar(32)  not null,
    family_name     varchar(100) not null,
    given_name      varchar(100) not null,
    birth_date      date         not null,
    sex             varchar(16)  not null,
    hospital_zone   varchar(64)  not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint patient_mrn_unique unique (mrn)
);

create table course (
    id              bigserial primary key,
    patient_id      bigint       not null references patient(id),
    state           varchar(32)  not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    infused_at      timestamptz,
    closed_at       timestamptz,
    version         bigint       not null default 0
);
create index course_patient_idx on course(patient_id);
create index course_state_idx on course(state);
-- At most one active course per patient: a second concurrent "create course" fails here, not in a race.
create unique index course_one_active_per_patient on course(patient_id)
    where state not in ('COMPLETED', 'WITHDRAWN', 'DECEASED', 'INELIGIBLE');

create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(100) not null,
    actor_role      varchar(32)  not null,
    action          varchar(64)  not null,
    patient_id      bigint,
    course_id       bigint,
    state_before    varchar(32),
    state_after     varchar(32),
    reason          text,
    details         text,
    prev_hash       char(64)     not null,
    hash            char(64)     not null,
    constraint audit_event_hash_unique unique (hash)
);
create index audit_event_course_idx on audit_event(course_id, id);

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

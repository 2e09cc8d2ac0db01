-- Lymphodepletion: pre-LD assessments, the dose order with its calculation snapshot and verification, administrations.

create table ld_assessment (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    height_cm               numeric(6,2)  not null,
    height_measured_on      date          not null,
    weight_kg               numeric(6,2)  not null,
    weight_measured_on      date          not null,
    creatinine_value        numeric(8,3)  not null,
    creatinine_unit         varchar(8)    not null,
    creatinine_measured_on  date          not null,
    anc_per_ul              int,
    platelets_per_ul        int,
    hemoglobin_g_dl         numeric(5,2),
    counts_measured_on      date,
    active_infection        boolean       not null,
    inflammatory_disease    boolean       not null,
    sae_pulmonary           boolean       not null,
    sae_cardiac             boolean       not null,
    sae_hypotension         boolean       not null,
    sae_other               varchar(500),
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null
);
create index ld_assessment_course_idx on ld_assessment(course_id, id);

create table ld_order (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    assessment_id           bigint        not null references ld_assessment(id),
    ld_day1                 date          not null,
    planned_infusion_on     date          not null,
    policy_version          varchar(64)   not null,
    calculation             text          not null,
    weight_kg_used          numeric(6,2)  not null,
    renal_tier              varchar(32)   not null,
    calculated_flu_mg       numeric(8,1),
    calculated_cy_mg        numeric(8,0)  not null,
    prescribed_flu_mg       numeric(8,1)  not null,
    prescribed_cy_mg        numeric(8,0)  not null,
    prescription_reason     text,
    prescribed_by           varchar(100)  not null,
    prescribed_at           timestamptz   not null,
    status                  varchar(16)   not null,
    verified_by             varchar(100),
    verified_at             timestamptz,
    verification_meaning    varchar(100),
    verified_snapshot       text,
    rejection_reason        text,
    invalidation_reason     text,
    version                 bigint        not null default 0
);
create index ld_order_course_idx on ld_order(course_id, id);
create index ld_order_status_idx on ld_order(status, prescribed_at);

create table ld_administration (
    id              bigserial primary key,
    course_id       bigint        not null references course(id),
    order_id        bigint        not null references ld_order(id),
    drug            varchar(32)   not null,
    ld_day          int           not null check (ld_day between 1 and 3),
    dose_mg         numeric(8,1)  not null,
    started_at      timestamptz   not null,
    ended_at        timestamptz   not null,
    lot             varchar(64)   not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null,
    constraint ld_administration_once unique (order_id, drug, ld_day)
);
create index ld_administration_course_idx on ld_administration(course_id, id);

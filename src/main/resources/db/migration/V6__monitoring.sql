-- Monitoring stage: daily inpatient assessments with computed ASTCT grades, CRS/ICANS drugs, tocilizumab on hand,
-- and the discharge record. Rows are appended; the newest of a kind is current.

create table monitoring_assessment (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    assessed_at         timestamptz  not null,
    day_number          integer      not null,
    temperature_c       numeric(4,1) not null,
    systolic_bp         integer      not null,
    diastolic_bp        integer      not null,
    heart_rate          integer      not null,
    spo2                integer      not null,
    oxygen_device       varchar(32)  not null,
    oxygen_flow_lpm     numeric(4,1),
    hypotension         boolean      not null,
    vasopressors        integer      not null,
    vasopressin         boolean      not null,
    ice_orientation     integer,
    ice_naming          integer,
    ice_commands        integer,
    ice_writing         integer,
    ice_attention       integer,
    ice_score           integer,
    consciousness       varchar(32)  not null,
    seizure             varchar(32)  not null,
    motor_weakness      boolean      not null,
    cerebral_oedema     varchar(32)  not null,
    crs_grade           integer      not null,
    icans_grade         integer      not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index monitoring_assessment_course_idx on monitoring_assessment(course_id, assessed_at);

create table crs_intervention (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    drug                varchar(32)  not null,
    given_at            timestamptz  not null,
    dose_mg             numeric(7,1) not null,
    weight_kg           numeric(5,1),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index crs_intervention_course_idx on crs_intervention(course_id, given_at);

create table tocilizumab_stock (
    id                  bigserial primary key,
    course_id           bigint       not null unique references course(id),
    doses_on_hand       integer      not null check (doses_on_hand >= 0),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);

create table discharge_record (
    id                          bigserial primary key,
    course_id                   bigint       not null references course(id),
    caregiver_name              varchar(200) not null,
    caregiver_contact           varchar(200) not null,
    lodging_address             varchar(400) not null,
    lodging_minutes_to_site     integer      not null,
    ack_no_driving              boolean      not null,
    ack_no_donation             boolean      not null,
    ack_live_vaccines           boolean      not null,
    ack_hiv_nat_false_positive  boolean      not null,
    recorded_by                 varchar(100) not null,
    recorded_at                 timestamptz  not null
);
create index discharge_record_course_idx on discharge_record(course_id, id);

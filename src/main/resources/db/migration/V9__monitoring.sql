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

-- MON-5..8: a lab panel; blood counts carry their CTCAE grades under the named table version.
create table lab_panel (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    collected_at        timestamptz  not null,
    day_number          integer      not null,
    anc                 numeric(6,2),
    platelets           numeric(6,1),
    hemoglobin          numeric(4,1),
    neutrophil_grade    integer,
    platelet_grade      integer,
    anaemia_grade       integer,
    ctcae_version       varchar(16)  not null,
    crp                 numeric(6,2),
    ferritin            numeric(8,1),
    potassium           numeric(4,1),
    phosphate           numeric(4,1),
    calcium             numeric(4,1),
    uric_acid           numeric(4,1),
    creatinine          numeric(5,2),
    igg                 numeric(6,0),
    infection           varchar(32),
    infection_detail    varchar(400),
    hbv_dna             varchar(100),
    hcv_rna             varchar(100),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index lab_panel_course_idx on lab_panel(course_id, collected_at);

-- POST-5: response assessments during follow-up.
create table response_assessment (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    assessed_on         date         not null,
    response            varchar(8)   not null,
    mrd                 varchar(16)  not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index response_assessment_course_idx on response_assessment(course_id, assessed_on);

-- POST-5: secondary malignancies reported during follow-up.
create table secondary_malignancy (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    diagnosed_on        date         not null,
    diagnosis           varchar(200) not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index secondary_malignancy_course_idx on secondary_malignancy(course_id, diagnosed_on);

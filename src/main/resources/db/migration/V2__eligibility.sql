-- Eligibility stage: each finding is appended; the newest row of a kind is the current one.

create table site_qualification (
    id                          bigserial primary key,
    course_id                   bigint       not null references course(id),
    site_code                   varchar(32)  not null,
    site_name                   varchar(200) not null,
    crs_emergency_capable       boolean      not null,
    treating_physician          varchar(100) not null,
    heme_sct_experienced        boolean      not null,
    manufacturer_training_on    date,
    recorded_by                 varchar(100) not null,
    recorded_at                 timestamptz  not null
);
create index site_qualification_course_idx on site_qualification(course_id, id);

create table myeloma_diagnosis (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    diagnosis           varchar(32)  not null,
    disease_status      varchar(32)  not null,
    diagnosed_on        date,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index myeloma_diagnosis_course_idx on myeloma_diagnosis(course_id, id);

create table therapy_line (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    line_number         int          not null,
    regimen             varchar(200) not null,
    agent_classes       varchar(200) not null,
    started_on          date         not null,
    ended_on            date,
    outcome             varchar(32)  not null,
    retracted           boolean      not null default false,
    retraction_reason   text,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index therapy_line_course_idx on therapy_line(course_id, line_number);

create table ecog_assessment (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    score               int          not null check (score between 0 and 5),
    assessed_on         date         not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index ecog_assessment_course_idx on ecog_assessment(course_id, id);

create table pregnancy_status (
    id                          bigserial primary key,
    course_id                   bigint       not null references course(id),
    childbearing_potential      boolean      not null,
    pregnant                    boolean      not null,
    pregnancy_test_negative_on  date,
    contraception_counselled    boolean      not null,
    recorded_by                 varchar(100) not null,
    recorded_at                 timestamptz  not null
);
create index pregnancy_status_course_idx on pregnancy_status(course_id, id);

create table hypersensitivity_history (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    dmso                boolean      not null,
    human_serum_albumin boolean      not null,
    electrolyte_solution boolean     not null,
    other_component     varchar(200),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index hypersensitivity_history_course_idx on hypersensitivity_history(course_id, id);

create table treatment_consent (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    signed_on           date         not null,
    signed_by           varchar(32)  not null,
    signer_name         varchar(200) not null,
    explained_by        varchar(100) not null,
    document_reference  varchar(100) not null,
    written             boolean      not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index treatment_consent_course_idx on treatment_consent(course_id, id);

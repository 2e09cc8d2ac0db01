-- Collection, cold chain, manufacturing and bridging (issue 3). Records are appended; the newest of a kind is current.

-- APH-1: infection screening before leukapheresis, one row per marker result.
create table infection_test (
    id              bigserial primary key,
    course_id       bigint       not null references course(id),
    marker          varchar(16)  not null,
    result          varchar(16)  not null,
    tested_on       date         not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null
);
create index infection_test_course_idx on infection_test(course_id, marker, id);

-- CONSENT-2: written consent to the use of the collected cells, with witness.
create table leukapheresis_consent (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    signed_on           date         not null,
    signer_name         varchar(200) not null,
    witness_name        varchar(200) not null,
    explained_by        varchar(100) not null,
    document_reference  varchar(100) not null,
    written             boolean      not null,
    use_of_cells_explained boolean   not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null
);
create index leukapheresis_consent_course_idx on leukapheresis_consent(course_id, id);

create table apheresis_slot (
    id              bigserial primary key,
    course_id       bigint       not null references course(id),
    starts_at       timestamptz  not null,
    unit            varchar(100) not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null
);
create index apheresis_slot_course_idx on apheresis_slot(course_id, id);
create index apheresis_slot_starts_idx on apheresis_slot(starts_at);

-- APH-2 and AUTOLOGOUS-1: the collection and the chain of identity it assigns.
create table apheresis_collection (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    started_at              timestamptz   not null,
    ended_at                timestamptz   not null,
    volume_ml               int           not null,
    total_nucleated_cells_e9 numeric(8,2) not null,
    cd3_cells_e9            numeric(8,2)  not null,
    gcsf_before             boolean       not null,
    plerixafor_before       boolean       not null,
    mobilization_override_reason text,
    mobilization_override_by varchar(100),
    coi_id                  varchar(40)   not null,
    din                     varchar(13)    not null,
    din_check               varchar(1)    not null,
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null,
    constraint apheresis_collection_din_unique unique (din)
);
create index apheresis_collection_coi_idx on apheresis_collection(coi_id);
create index apheresis_collection_course_idx on apheresis_collection(course_id, id);

-- APH-3: cold-chain shipment of a collection, its hand-offs and temperature readings.
create table cold_chain_shipment (
    id              bigserial primary key,
    course_id       bigint       not null references course(id),
    collection_id   bigint       not null references apheresis_collection(id),
    box_id          varchar(64)  not null,
    box_set_low_c   numeric(4,1) not null,
    box_set_high_c  numeric(4,1) not null,
    packed_at       timestamptz  not null,
    packed_by       varchar(100) not null,
    destination     varchar(200) not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    constraint cold_chain_shipment_collection_unique unique (collection_id)
);
create index cold_chain_shipment_course_idx on cold_chain_shipment(course_id, id);

create table custody_handoff (
    id              bigserial primary key,
    shipment_id     bigint       not null references cold_chain_shipment(id),
    from_party      varchar(200) not null,
    to_party        varchar(200) not null,
    handed_at       timestamptz  not null,
    location        varchar(200) not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null
);
create index custody_handoff_shipment_idx on custody_handoff(shipment_id, handed_at);

create table temperature_reading (
    id              bigserial primary key,
    shipment_id     bigint       not null references cold_chain_shipment(id),
    measured_at     timestamptz  not null,
    celsius         numeric(4,1) not null,
    excursion       boolean      not null,
    decision        varchar(32),
    decision_reason text,
    decided_by      varchar(100),
    decided_at      timestamptz,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null
);
create index temperature_reading_shipment_idx on temperature_reading(shipment_id, measured_at);

-- Manufacturing runs (MFG-1, MFG-2, MFG-INFO).
create table manufacturing_order (
    id                  bigserial primary key,
    course_id           bigint       not null references course(id),
    run_number          int          not null check (run_number >= 1),
    source              varchar(32)  not null,
    collection_id       bigint       not null references apheresis_collection(id),
    coi_id              varchar(40)  not null,
    din                 varchar(13)   not null,
    status              varchar(32)  not null,
    car_t_yield_e6      numeric(10,1),
    out_of_specification boolean     not null default false,
    status_note         text,
    ordered_at          timestamptz  not null,
    status_changed_at   timestamptz  not null,
    shipped_at          timestamptz,
    deviation_summary   text,
    patient_condition_review text,
    deviation_reviewed_by varchar(100),
    deviation_reviewed_at timestamptz,
    physician_agreement_reason text,
    physician_agreed_by varchar(100),
    physician_agreed_at timestamptz,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null,
    constraint manufacturing_order_run_unique unique (course_id, run_number)
);

-- Bridging therapy (BRG-1, BRG-2) and the coordinator's planned LD day 1.
create table bridging_dose (
    id                      bigserial primary key,
    course_id               bigint       not null references course(id),
    drug                    varchar(100) not null,
    drug_class              varchar(40)  not null,
    dose                    varchar(100) not null,
    started_on              date         not null,
    last_dose_on            date         not null,
    class_override_reason   text,
    washout_override_reason text,
    override_by             varchar(100),
    recorded_by             varchar(100) not null,
    recorded_at             timestamptz  not null
);
create index bridging_dose_course_idx on bridging_dose(course_id, last_dose_on);

create table ld_plan (
    id                      bigserial primary key,
    course_id               bigint       not null references course(id),
    planned_day1            date         not null,
    washout_override_reason text,
    override_by             varchar(100),
    recorded_by             varchar(100) not null,
    recorded_at             timestamptz  not null
);
create index ld_plan_course_idx on ld_plan(course_id, id);

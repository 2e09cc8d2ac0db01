-- Product receipt and storage (STO-1..3, DOSE-1, AUTOLOGOUS-1) and the bedside thaw-and-infuse records (INF-1..13).

create table product_shipment (
    id                      bigserial primary key,
    course_id               bigint        not null unique references course(id),
    manufacturing_run_id    bigint        not null references manufacturing_order(id),
    certificate_number      varchar(64)   not null,
    coi_id                  varchar(64)   not null,
    din                     varchar(32)   not null,
    patient_mrn             varchar(64)   not null,
    patient_family_name     varchar(100)  not null,
    patient_given_name      varchar(100)  not null,
    patient_birth_date      date          not null,
    expiry_date             date          not null,
    total_car_t_e6          numeric(8,1)  not null check (total_car_t_e6 between 280 and 540),
    arrival_temperature_c   numeric(6,1)  not null,
    received_by             varchar(100)  not null,
    received_at             timestamptz   not null,
    storage_location        varchar(100),
    stored_by               varchar(100),
    stored_at               timestamptz
);

-- One row per bag of the release certificate; state is the bag's own life (received .. infused / discarded).
create table product_bag (
    id                      bigserial primary key,
    shipment_id             bigint        not null references product_shipment(id),
    course_id               bigint        not null references course(id),
    position                int           not null check (position >= 1),
    bag_code                varchar(64)   not null,
    volume_ml               numeric(6,1)  not null check (volume_ml > 0),
    car_t_e6                numeric(8,1)  not null check (car_t_e6 > 0),
    state                   varchar(16)   not null,
    never_infusable         boolean       not null default false,
    quarantine_reason       varchar(500),
    not_infusable_reason    varchar(2000),
    not_infusable_rule      varchar(16),
    not_infusable_by        varchar(100),
    not_infusable_at        timestamptz,
    volume_infused_ml       numeric(6,1),
    unique (shipment_id, position),
    unique (shipment_id, bag_code)
);
create index product_bag_course_idx on product_bag(course_id, position);

create table storage_reading (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    shipment_id             bigint        not null references product_shipment(id),
    measured_at             timestamptz   not null,
    temperature_c           numeric(6,1)  not null,
    location                varchar(100)  not null,
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null
);
create index storage_reading_course_idx on storage_reading(course_id, measured_at);

create table storage_excursion (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    shipment_id             bigint        not null references product_shipment(id),
    reading_id              bigint        not null references storage_reading(id),
    opened_at               timestamptz   not null,
    decision                varchar(16),
    reason                  varchar(2000),
    decided_by              varchar(100),
    decided_at              timestamptz
);
create index storage_excursion_course_idx on storage_excursion(course_id);

-- Infusion day: the same-day clinical check (DELAY-1/2, INF-2 emergency measures) and premedication (INF-2).
create table infusion_readiness (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    active_infection        boolean       not null,
    inflammatory_disease    boolean       not null,
    sae_pulmonary           boolean       not null,
    sae_cardiac             boolean       not null,
    sae_hypotension         boolean       not null,
    sae_other               varchar(500),
    temperature_c           numeric(4,1)  not null,
    heart_rate              int           not null,
    systolic_bp             int           not null,
    diastolic_bp            int           not null,
    spo2                    int           not null,
    respiratory_rate        int           not null,
    emergency_measures_ready boolean      not null,
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null
);
create index infusion_readiness_course_idx on infusion_readiness(course_id, id);

create table premedication (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    given_at                timestamptz   not null,
    acetaminophen_mg        int           not null,
    antihistamine           varchar(32)   not null,
    antihistamine_name      varchar(100)  not null,
    antihistamine_mg        numeric(6,1)  not null,
    corticosteroid          varchar(100),
    corticosteroid_emergency boolean      not null default false,
    corticosteroid_reason   varchar(2000),
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null
);
create index premedication_course_idx on premedication(course_id, given_at);

-- The label's per-bag steps a..i (INF-4..INF-13, RATE-1): who and when for each, one row per bag.
create table bag_infusion (
    id                      bigserial primary key,
    bag_id                  bigint        not null unique references product_bag(id),
    course_id               bigint        not null references course(id),
    identity_checked_by     varchar(100),
    identity_checked_at     timestamptz,
    identity_entry          varchar(8),
    identity_cosigned_by    varchar(100),
    identity_cosigned_at    timestamptz,
    inspected_by            varchar(100),
    inspected_at            timestamptz,
    inspection_finding      varchar(500),
    thaw_method             varchar(20),
    thaw_temperature_c      numeric(4,1),
    thaw_started_by         varchar(100),
    thaw_started_at         timestamptz,
    thaw_completed_by       varchar(100),
    thaw_completed_at       timestamptz,
    line_set_up_by          varchar(100),
    line_set_up_at          timestamptz,
    bedside_checked_by      varchar(100),
    bedside_checked_at      timestamptz,
    infusion_started_by     varchar(100),
    infusion_started_at     timestamptz,
    pump_rate_ml_min        numeric(4,1),
    infusion_ended_by       varchar(100),
    infusion_ended_at       timestamptz,
    rate_ml_min             numeric(6,2),
    back_primed_by          varchar(100),
    back_primed_at          timestamptz,
    back_prime_ml           int,
    disposed_by             varchar(100),
    disposed_at             timestamptz,
    check (identity_cosigned_by is null or identity_cosigned_by <> identity_checked_by)
);
create index bag_infusion_course_idx on bag_infusion(course_id);

-- Identity mismatches at the bedside (INF-4, INF-9): refused, and kept as incidents for review.
create table infusion_incident (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    bag_id                  bigint        not null references product_bag(id),
    rule_id                 varchar(16)   not null,
    step                    varchar(32)   not null,
    mismatches              varchar(4000) not null,
    recorded_by             varchar(100)  not null,
    recorded_role           varchar(32)   not null,
    recorded_at             timestamptz   not null
);
create index infusion_incident_course_idx on infusion_incident(course_id);

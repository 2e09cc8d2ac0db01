-- Issue 22 item 2: demographic updates from the EHR's ADT feed (FHIR conditional update of Patient). A change to an
-- identifier printed on the product's bag label (name, birth date) or to sex (Cockcroft-Gault, CTCAE limits) of a
-- patient whose cells are already in chain of identity, and any merge, is held for the coordinator (AUTOLOGOUS-1),
-- never applied silently; every other change is applied. Each row is one field of one update.
create table demographic_change (
    id                bigserial    primary key,
    patient_id        bigint       not null references patient(id),
    kind              varchar(20)  not null,
    current_value     varchar(300),
    incoming_value    varchar(300) not null,
    source            varchar(300) not null,
    status            varchar(20)  not null,
    received_by       varchar(100) not null,
    received_at       timestamptz  not null,
    resolved_by       varchar(100),
    resolved_at       timestamptz,
    resolution_reason varchar(2000)
);
create index demographic_change_patient on demographic_change (patient_id, status);

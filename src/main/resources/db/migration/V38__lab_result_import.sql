-- Issue 22 item 2: laboratory results received from the lab system as FHIR Observations. Each row keeps what the
-- laboratory sent (value, UCUM unit, sending system, its id for the result) beside the canonical value CartFlow uses;
-- a result collected after the infusion also becomes (part of) a post-infusion lab panel.
create table lab_result_import (
    id              bigserial    primary key,
    course_id       bigint       not null references course(id),
    analyte         varchar(32)  not null,
    loinc           varchar(16)  not null,
    value_canonical numeric,
    unit_canonical  varchar(20),
    value_text      varchar(100),
    original_value  numeric,
    original_unit   varchar(20),
    effective_at    timestamptz  not null,
    source_system   varchar(300) not null,
    source_id       varchar(300),
    lab_panel_id    bigint       references lab_panel(id),
    imported_by     varchar(100) not null,
    imported_at     timestamptz  not null
);
create index lab_result_import_course on lab_result_import (course_id, analyte, effective_at);
alter table ld_assessment alter column as_entered type varchar(2000);

-- Issue 22 item 3: FHIR Bulk Data export of the de-identified all-case surveillance dataset (SURV-1). A job is asked
-- for, runs after the request, and its NDJSON files wait here until the requester fetches them and deletes the job.
-- Not a clinical record (each file is derived from sealed records and holds no identifier of a patient); the request
-- itself is in the audit trail (surveillance.exported, with who, role and purpose).
create table fhir_bulk_export (
    id              varchar(36)   primary key,
    requested_by    varchar(100)  not null,
    requester_role  varchar(40)   not null,
    sites           varchar(2000) not null,
    purpose         varchar(500)  not null,
    request_url     varchar(2000) not null,
    types           varchar(200)  not null,
    requested_at    timestamptz   not null,
    status          varchar(20)   not null,
    transaction_at  timestamptz,
    completed_at    timestamptz,
    error           varchar(2000)
);
create table fhir_bulk_export_file (
    id              bigserial     primary key,
    export_id       varchar(36)   not null references fhir_bulk_export(id) on delete cascade,
    resource_type   varchar(40)   not null,
    resource_count  integer       not null,
    content         text          not null,
    unique (export_id, resource_type)
);

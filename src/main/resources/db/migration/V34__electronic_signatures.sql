-- Issue 20 item 3: an electronic signature is a record of its own, linked to what it signs, with the signer's
-- subject, user name, full name and role, the meaning, when it was signed and when the signer last authenticated.
-- The runtime role may only INSERT and SELECT it (R__runtime_role_grants.sql), like the audit trail.
create table e_signature (
    id               bigserial primary key,
    course_id        bigint       not null references course(id),
    record_type      varchar(60)  not null,
    record_id        bigint       not null,
    meaning          varchar(60)  not null,
    meaning_text     varchar(300) not null,
    signer_subject   varchar(255) not null,
    signer_username  varchar(255) not null,
    signer_name      varchar(255) not null,
    signer_role      varchar(60)  not null,
    signed_at        timestamptz  not null,
    authenticated_at timestamptz  not null
);
create index e_signature_record_idx on e_signature(record_type, record_id);
create index e_signature_course_idx on e_signature(course_id, id);

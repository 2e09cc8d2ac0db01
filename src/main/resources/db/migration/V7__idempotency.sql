-- Idempotency keys of creating POSTs: the stored response is written in the same transaction as the write it
-- describes, so a retried request either replays it or, if the first attempt rolled back, runs again.
create table idempotency_record (
    idempotency_key varchar(128) not null,
    actor           varchar(100) not null,
    operation       varchar(200) not null,
    request_hash    char(64)     not null,
    status          int,
    location        varchar(500),
    etag            varchar(64),
    body            text,
    created_at      timestamptz  not null,
    primary key (actor, idempotency_key)
);

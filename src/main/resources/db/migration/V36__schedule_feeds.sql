-- Issue 22 item 4: personal calendar feeds. A user creates a secret URL a calendar app subscribes to (no bearer token
-- there); only the secret's SHA-256 is kept, with the user's sites and roles at creation, so a feed shows what its
-- owner may see and nothing once revoked.
create table schedule_feed (
    id           bigserial primary key,
    secret_hash  varchar(64)  not null unique,
    owner        varchar(100) not null,
    owner_role   varchar(100) not null,
    sites        varchar(500) not null,
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    version      bigint       not null default 0
);
create index schedule_feed_owner_idx on schedule_feed(owner, id);

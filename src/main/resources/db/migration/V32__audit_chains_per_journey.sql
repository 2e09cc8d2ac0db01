-- Issue 20: one hash chain per journey (course, else patient, else "system"), each event keyed by HMAC with a key
-- that is not in the database and covering its id and place in its chain; signed checkpoints of the chain heads.
-- Events written before this migration keep their plain SHA-256 global chain as the chain "legacy" (key_id null).
alter table audit_event
    add column chain_id  varchar(40),
    add column chain_seq bigint,
    add column key_id    varchar(16);

alter table audit_event disable trigger audit_event_no_update_delete;
update audit_event e set chain_id = 'legacy', chain_seq = n.seq
  from (select id, row_number() over (order by id) as seq from audit_event) n
 where n.id = e.id;
alter table audit_event enable trigger audit_event_no_update_delete;

alter table audit_event
    alter column chain_id set not null,
    alter column chain_seq set not null,
    add constraint audit_event_chain_seq_unique unique (chain_id, chain_seq);

-- The head of each chain: where the next event links to. Not trusted by verification (which walks the events); its
-- row lock is what orders appends within one journey, so different journeys never wait for each other.
create table audit_chain_head (
    chain_id     varchar(40) primary key,
    seq          bigint   not null,
    hash         char(64) not null,
    checkpointed boolean  not null
);
insert into audit_chain_head (chain_id, seq, hash, checkpointed)
select 'legacy', chain_seq, hash, false from audit_event
 where chain_id = 'legacy' order by chain_seq desc limit 1;

-- A checkpoint signs the heads of the chains that moved since the previous checkpoint, and the previous checkpoint's
-- signature: an auditor keeps the export outside the database; verification against it exposes deleted events.
create table audit_checkpoint (
    id             bigserial primary key,
    created_at     timestamptz not null,
    heads          text        not null,
    chains         integer     not null,
    prev_signature char(64)    not null,
    key_id         varchar(16) not null,
    signature      char(64)    not null unique
);
create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint
    for each row execute function audit_event_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_event_refuse_change();

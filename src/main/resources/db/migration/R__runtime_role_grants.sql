-- Issue 20: the application connects as a runtime role that owns nothing: it may read and write the clinical tables,
-- only INSERT and SELECT the audit trail and its checkpoints, and has no DDL rights (the schema belongs to the owner
-- role Flyway migrates with). Re-applied at every migration (the timestamp below), so new tables are covered.
-- ${flyway:timestamp}
grant usage on schema public to ${runtime_role};
grant select, insert, update, delete on all tables in schema public to ${runtime_role};
grant usage, select on all sequences in schema public to ${runtime_role};
revoke update, delete, truncate on audit_event, audit_checkpoint, access_log, e_signature from ${runtime_role};
revoke insert, update, delete, truncate on record_seal_start from ${runtime_role};
revoke all on ${flyway:table} from ${runtime_role};

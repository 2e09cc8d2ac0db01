-- Issue 21: the head of an event's chain moves in the same statement as the event's insert (was a second UPDATE from
-- the application per append). The head row is already locked by the append's first statement; verification still
-- walks the events and never trusts the head.
create function audit_chain_head_follow() returns trigger language plpgsql as $$
begin
    update audit_chain_head set seq = new.chain_seq, hash = new.hash, checkpointed = false
     where chain_id = new.chain_id;
    return null;
end
$$;

create trigger audit_event_moves_chain_head after insert on audit_event
    for each row execute function audit_chain_head_follow();

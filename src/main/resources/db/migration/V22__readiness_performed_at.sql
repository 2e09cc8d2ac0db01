-- Issue 17 item 2: the same-day clinical check is timed by when it was done (performedAt), beside when it was entered.
alter table infusion_readiness add column performed_at timestamptz;
update infusion_readiness set performed_at = recorded_at;
alter table infusion_readiness alter column performed_at set not null;

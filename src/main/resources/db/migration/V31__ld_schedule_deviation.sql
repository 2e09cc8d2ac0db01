-- LD-1: a dose given on another date than the order schedules was still given. It is recorded with the nurse's
-- reason as a flagged deviation (never refused once the reason is there); the plan itself is unchanged.
alter table ld_administration add column schedule_deviation_reason varchar(400);

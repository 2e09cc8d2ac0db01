-- record-death takes the date and time of death (the moment the death is documented is the audit event's time), so
-- survival is counted to the death, not to the click; rows closed before this keep closed_at as their best value.
alter table course add column died_at timestamptz;
update course set died_at = closed_at where state = 'DECEASED';

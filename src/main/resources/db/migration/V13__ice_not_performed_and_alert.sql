-- ICANS by ASTCT 2019: an assessment without an ICE score says why the ICE could not be performed (an unarousable
-- patient needs no reason: consciousness grades 4), and consciousness tells an alert patient (ALERT, grade 0) from
-- a drowsy one who awakens spontaneously (SPONTANEOUS, grade 1). Before this, SPONTANEOUS was the form's default
-- for an awake patient and graded 0, so the rows recorded so far meant ALERT; their stored grades do not change.
alter table monitoring_assessment add column ice_not_performed_reason varchar(400);
update monitoring_assessment set consciousness = 'ALERT' where consciousness = 'SPONTANEOUS';

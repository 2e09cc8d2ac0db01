-- record-infusion documents what already happened to the patient: a bedside rule found broken afterwards (bags
-- infused out of certificate order, a timing or procedure gap) never stops the infusion from being recorded; it
-- is kept here as a deviation that a physician reviews with a note.
create table infusion_deviation (
    id              bigserial primary key,
    course_id       bigint        not null references course(id),
    step            varchar(64)   not null,
    rule_id         varchar(16)   not null,
    guard           varchar(100)  not null,
    message         varchar(4000) not null,
    recorded_by     varchar(100)  not null,
    recorded_role   varchar(32)   not null,
    recorded_at     timestamptz   not null,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    review_note     varchar(2000)
);
create index infusion_deviation_course_idx on infusion_deviation(course_id);

-- A missed or delayed LD day moves the plan (issue 4): each LD day keeps its own date, and every move is kept
-- with its reason.
alter table ld_order add column ld_day2 date, add column ld_day3 date;
update ld_order set ld_day2 = ld_day1 + 1, ld_day3 = ld_day1 + 2;
alter table ld_order alter column ld_day2 set not null, alter column ld_day3 set not null;
alter table ld_order add constraint ld_order_days_in_order check (ld_day1 < ld_day2 and ld_day2 < ld_day3);

create table ld_plan_move (
    id                      bigserial primary key,
    course_id               bigint        not null references course(id),
    order_id                bigint        not null references ld_order(id),
    from_ld_day             int           not null check (from_ld_day between 1 and 3),
    previous_date           date          not null,
    new_date                date          not null check (new_date > previous_date),
    previous_infusion_on    date          not null,
    new_infusion_on         date          not null,
    reason                  varchar(2000) not null,
    moved_by                varchar(100)  not null,
    moved_role              varchar(32)   not null,
    moved_at                timestamptz   not null
);
create index ld_plan_move_course_idx on ld_plan_move(course_id, id);

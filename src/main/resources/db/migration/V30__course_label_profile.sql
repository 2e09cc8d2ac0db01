-- Issue 19 (label versions as data): each course is judged by the label profile pinned when it was opened.
-- Courses opened before profiles existed were judged by the 2022 Japanese rules and keep them: nothing changes
-- silently; a physician may move an open course to a newer profile with a recorded reason.
alter table course add column label_profile varchar(60) not null default 'abecma-jp-2022';
alter table course alter column label_profile drop default;

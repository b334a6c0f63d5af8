-- What the validation of an import (a dry run, or the first pass of an all-or-nothing run) has
-- decided in its earlier chunks, since it writes no status: the statuses it would have set, and the
-- people it would have created (purpose_id = channel_id = 0, state 'NEW'). A person on lines of
-- several chunks is then counted as the real run counts them. Written in each chunk's transaction
-- (a restart resumes with it); a job's rows are removed when its validation ends.
create table import_preview (
    job_id      bigint       not null references import_job (id) on delete cascade,
    profile_key varchar(330) not null,
    purpose_id  bigint       not null,
    channel_id  bigint       not null,
    state       varchar(16)  not null,
    event_time  timestamptz,
    primary key (job_id, profile_key, purpose_id, channel_id)
);

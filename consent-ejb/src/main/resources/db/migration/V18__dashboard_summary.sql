-- The console's dashboard (issue 21). Most of its numbers are counted live; the two that read
-- every accepted status are kept here by a timer instead (docs/admin-guide.md, "Dashboard"):
-- measured on 1,000,000 statuses (600,000 people), counting the contactable people per channel took
-- ~0.8 s, the expiry counts ~0.8 s and the people contactable 30 days ago, rebuilt from the
-- evidence, ~3 s: too slow for a page that must open in under a second. Derived data, not evidence.

-- Contactable people per channel (DOMAIN.md rule 8: at least one accepted own, active purpose on
-- the channel, not objected, not erased), one row per channel and day. The timer overwrites today's
-- row; a day it missed is rebuilt from the evidence when the trend needs it (source EVIDENCE).
create table dashboard_reach (
    day           date         not null,
    channel_id    bigint       not null references channel (id) on delete cascade,
    contactable   bigint       not null,
    source        varchar(8)   not null,
    refreshed_at  timestamptz  not null,
    primary key (day, channel_id),
    constraint dashboard_reach_source check (source in ('LIVE', 'EVIDENCE'))
);

-- Accepted statuses expiring within 7, 30 and 90 days (already due: overdue), per purpose with
-- expiry on, as the expiry page counts them; replaced as a whole by each refresh.
create table dashboard_expiry (
    purpose_id    bigint       primary key references purpose (id) on delete cascade,
    days          integer      not null,
    overdue       bigint       not null,
    within7       bigint       not null,
    within30      bigint       not null,
    within90      bigint       not null,
    refreshed_at  timestamptz  not null
);

-- The outbox's health, counted live: mails not sent yet, by state and age. SENT mails, nearly all
-- of the table, stay out of the index.
create index mail_outbox_open on mail_outbox (state, created_at) where state <> 'SENT';

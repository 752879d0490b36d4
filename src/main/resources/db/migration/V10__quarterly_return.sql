-- The quarterly return: owners report their targets, the head of improvement reviews, reminders chase.

alter table app_user drop constraint app_user_role_known;
alter table app_user alter column role type varchar(12);
alter table app_user add constraint app_user_role_known check (role in ('viewer', 'contributor', 'editor', 'admin'));

-- The user who reports a target each quarter.
alter table target add column owner varchar(64) references app_user (username) on delete set null;
alter table target_aud add column owner varchar(64);

create table quarterly_return (
    id         bigserial    primary key,
    year_id    varchar(7)   not null references mou_year (id) on delete cascade,
    quarter    smallint     not null,
    due        date         not null,
    opened_by  varchar(64)  not null,
    opened_at  timestamptz  not null,
    constraint return_quarter_range check (quarter between 1 and 4),
    constraint return_one_per_quarter unique (year_id, quarter)
);

create table return_item (
    id            bigserial    primary key,
    return_id     bigint       not null references quarterly_return (id) on delete cascade,
    target_id     bigint       not null references target (id) on delete cascade,
    state         varchar(12)  not null,
    submitted_at  timestamptz,
    submitted_by  varchar(64),
    reviewed_at   timestamptz,
    reviewed_by   varchar(64),
    comment       text,
    version       bigint       not null default 0,
    constraint return_item_state_known check (state in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    constraint return_item_one_per_target unique (return_id, target_id),
    constraint return_item_returned_has_comment check (state <> 'RETURNED' or length(btrim(coalesce(comment, ''))) > 0)
);

-- Every transition of an item, with who and when.
create table return_event (
    id          bigserial    primary key,
    item_id     bigint       not null references return_item (id) on delete cascade,
    at          timestamptz  not null,
    username    varchar(64)  not null,
    from_state  varchar(12),
    to_state    varchar(12)  not null,
    comment     text
);

create index return_event_item_idx on return_event (item_id, id);

-- Reminders: one row per owner, return, kind and occasion decides, across every instance, that a reminder is sent
-- once. The row is the outbox: what was (or, with no SMTP host, would have been) sent, and any failure to retry.
create table reminder (
    id          bigserial    primary key,
    return_id   bigint       not null references quarterly_return (id) on delete cascade,
    username    varchar(64)  not null,
    email       varchar(254),
    kind        varchar(20)  not null,
    occasion    varchar(40)  not null,
    created_at  timestamptz  not null,
    subject     text         not null,
    body        text         not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_error  text,
    constraint reminder_kind_known check (kind in ('OPENED', 'DUE_SOON', 'OVERDUE', 'RETURNED')),
    constraint reminder_once unique (return_id, username, kind, occasion)
);

-- A sign-off made with key targets not yet accepted records which, as confirmed by the admin.
alter table quarter_lock_event add column unaccepted text;

-- Security events: sign-ins and their failures, lockouts, sign-outs, and every change to a user.
create table security_event (
    id        bigserial    primary key,
    at        timestamptz  not null,
    type      varchar(30)  not null,
    username  varchar(64),
    address   varchar(64),
    detail    text,
    constraint security_event_type_known check (type in ('SIGN_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'SIGN_OUT',
        'USER_CREATED', 'USER_DELETED', 'ROLE_CHANGED', 'PASSWORD_CHANGED', 'SIGNED_OUT_EVERYWHERE', 'SESSION_REFUSED'))
);

create index security_event_at_idx on security_event (at);

-- Leadership and headline imports replace a year's rows: audited like figures, so the replaced rows stay on record.
create table leadership_booking_aud (
    id            bigint       not null,
    rev           bigint       not null references revinfo (rev),
    revtype       smallint,
    year_id       varchar(7),
    dimension     varchar(20),
    category      varchar(100),
    programme     varchar(10),
    bookings      integer,
    display_order integer,
    primary key (id, rev)
);

create table leadership_score_aud (
    id            bigint        not null,
    rev           bigint        not null references revinfo (rev),
    revtype       smallint,
    year_id       varchar(7),
    programme     varchar(10),
    module        varchar(100),
    score         numeric(4, 2),
    display_order integer,
    primary key (id, rev)
);

create table headline_figure_aud (
    id        bigint         not null,
    rev       bigint         not null references revinfo (rev),
    revtype   smallint,
    year_id   varchar(7),
    measure   varchar(60),
    value     numeric(16, 2),
    qualifier varchar(20),
    source    text,
    primary key (id, rev)
);

-- A credential version per user: every session carries the one it was made with, and signing out, a password or
-- role change, or "sign out everywhere" moves it on, so older sessions are refused on every instance.
alter table app_user add column credential_version integer not null default 0;
alter table app_user add column email varchar(254);

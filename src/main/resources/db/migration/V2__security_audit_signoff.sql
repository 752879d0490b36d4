-- Users, the audit trail (Hibernate Envers tables) and quarter sign-off.

create table app_user (
    username      varchar(64)  primary key,
    password_hash varchar(100) not null,
    role          varchar(10)  not null,
    version       bigint       not null default 0,
    constraint app_user_role_known check (role in ('viewer', 'editor', 'admin')),
    constraint app_user_name_form check (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    constraint app_user_password_is_bcrypt check (password_hash like '$2_$%')
);

-- One row per audited transaction: who and when.
create table revinfo (
    rev       bigserial    primary key,
    revtstmp  bigint       not null,
    username  varchar(64)  not null
);

create table mou_year_aud (
    id           varchar(7)   not null,
    rev          bigint       not null references revinfo (rev),
    revtype      smallint,
    label        varchar(7),
    department   varchar(100),
    grant_amount numeric(16, 2),
    primary key (id, rev)
);

create table theme_aud (
    id            bigint       not null,
    rev           bigint       not null references revinfo (rev),
    revtype       smallint,
    year_id       varchar(7),
    name          varchar(200),
    display_order integer,
    primary key (id, rev)
);

create table target_aud (
    id              bigint        not null,
    rev             bigint        not null references revinfo (rev),
    revtype         smallint,
    year_id         varchar(7),
    theme_id        bigint,
    code            varchar(20),
    title           varchar(500),
    description     text,
    target_value    numeric(16, 2),
    unit            varchar(100),
    measure         varchar(10),
    profile_q1      smallint,
    profile_q2      smallint,
    profile_q3      smallint,
    profile_q4      smallint,
    amber_threshold numeric(4, 3),
    key_target      boolean,
    display_order   integer,
    primary key (id, rev)
);

create table quarterly_figure_aud (
    id           bigint        not null,
    rev          bigint        not null references revinfo (rev),
    revtype      smallint,
    target_id    bigint,
    quarter      smallint,
    figure_value numeric(16, 2),
    commentary   text,
    rag_override varchar(5),
    rag_reason   text,
    primary key (id, rev)
);

create index quarterly_figure_aud_id_idx on quarterly_figure_aud (id);

-- Every sign-off and reopening, in order; the latest event per year and quarter is the current state.
create table quarter_lock_event (
    id        bigserial    primary key,
    year_id   varchar(7)   not null references mou_year (id) on delete cascade,
    quarter   smallint     not null,
    action    varchar(10)  not null,
    username  varchar(64)  not null,
    at        timestamptz  not null default now(),
    reason    text,
    constraint lock_quarter_range check (quarter between 1 and 4),
    constraint lock_action_known check (action in ('SIGN_OFF', 'REOPEN')),
    constraint lock_reopen_has_reason check (action <> 'REOPEN' or length(btrim(coalesce(reason, ''))) > 0)
);

create index quarter_lock_event_year_quarter_idx on quarter_lock_event (year_id, quarter, id);

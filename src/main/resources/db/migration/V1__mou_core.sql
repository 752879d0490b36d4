-- MoU years, themes, targets and quarterly figures (with the officer's RAG override per quarter).

create table mou_year (
    id           varchar(7)   primary key,
    label        varchar(7)   not null,
    department   varchar(100) not null,
    grant_amount numeric(16, 2),
    version      bigint       not null default 0,
    constraint mou_year_id_form check (id ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint mou_year_label_form check (label ~ '^[0-9]{4}/[0-9]{2}$'),
    constraint mou_year_grant_not_negative check (grant_amount is null or grant_amount >= 0)
);

create table theme (
    id            bigserial    primary key,
    year_id       varchar(7)   not null references mou_year (id) on delete cascade,
    name          varchar(200) not null,
    display_order integer      not null,
    constraint theme_name_unique_per_year unique (year_id, name)
);

create table target (
    id              bigserial     primary key,
    year_id         varchar(7)    not null references mou_year (id) on delete cascade,
    theme_id        bigint        not null references theme (id),
    code            varchar(20)   not null,
    title           varchar(500)  not null,
    description     text,
    target_value    numeric(16, 2),
    unit            varchar(100),
    measure         varchar(10)   not null,
    profile_q1      smallint      not null default 25,
    profile_q2      smallint      not null default 50,
    profile_q3      smallint      not null default 75,
    profile_q4      smallint      not null default 100,
    amber_threshold numeric(4, 3) not null default 0.75,
    key_target      boolean       not null default false,
    display_order   integer       not null,
    version         bigint        not null default 0,
    constraint target_code_unique_per_year unique (year_id, code),
    constraint target_code_form check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    constraint target_value_not_negative check (target_value is null or target_value >= 0),
    constraint target_measure_known check (measure in ('CUMULATIVE', 'SNAPSHOT')),
    constraint target_profile_shape check (
        0 <= profile_q1 and profile_q1 <= profile_q2 and profile_q2 <= profile_q3
        and profile_q3 <= profile_q4 and profile_q4 = 100),
    constraint target_amber_threshold_range check (amber_threshold > 0 and amber_threshold <= 1)
);

create index target_theme_idx on target (theme_id);

create table quarterly_figure (
    id           bigserial     primary key,
    target_id    bigint        not null references target (id) on delete cascade,
    quarter      smallint      not null,
    figure_value numeric(16, 2),
    commentary   text,
    rag_override varchar(5),
    rag_reason   text,
    version      bigint        not null default 0,
    constraint figure_one_per_target_and_quarter unique (target_id, quarter),
    constraint figure_quarter_range check (quarter between 1 and 4),
    constraint figure_value_not_negative check (figure_value is null or figure_value >= 0),
    constraint figure_override_known check (rag_override is null or rag_override in ('GREEN', 'AMBER', 'RED')),
    constraint figure_override_has_reason check (
        rag_override is null or (rag_reason is not null and length(btrim(rag_reason)) > 0))
);

-- Management accounts per year and accounting period (1-12, April = 1), in £000s with income negative.

create table finance_line (
    id               bigserial      primary key,
    year_id          varchar(7)     not null references mou_year (id) on delete cascade,
    period           smallint       not null,
    section          varchar(20)    not null,
    description      varchar(200)   not null,
    budget_ytd       numeric(14, 2),
    actual_ytd       numeric(14, 2),
    budget_year      numeric(14, 2),
    forecast_outturn numeric(14, 2),
    commentary       text,
    rag_override     varchar(5),
    rag_reason       text,
    display_order    integer        not null,
    version          bigint         not null default 0,
    constraint finance_line_unique unique (year_id, period, section, description),
    constraint finance_period_range check (period between 1 and 12),
    constraint finance_section_known check (section in ('CORE_INCOME', 'CORE_EXPENDITURE', 'RING_FENCED')),
    constraint finance_override_known check (rag_override is null or rag_override in ('GREEN', 'AMBER', 'RED')),
    constraint finance_override_has_reason check (
        rag_override is null or (rag_reason is not null and length(btrim(rag_reason)) > 0))
);

create table finance_line_aud (
    id               bigint         not null,
    rev              bigint         not null references revinfo (rev),
    revtype          smallint,
    year_id          varchar(7),
    period           smallint,
    section          varchar(20),
    description      varchar(200),
    budget_ytd       numeric(14, 2),
    actual_ytd       numeric(14, 2),
    budget_year      numeric(14, 2),
    forecast_outturn numeric(14, 2),
    commentary       text,
    rag_override     varchar(5),
    rag_reason       text,
    display_order    integer,
    primary key (id, rev)
);

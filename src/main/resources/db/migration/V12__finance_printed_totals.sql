-- Totals as the source printed them, kept beside the computed ones: where they differ, the report says so.
create table finance_printed_total (
    year_id          varchar(7)     not null references mou_year (id) on delete cascade,
    period           smallint       not null,
    total            varchar(20)    not null,
    budget_ytd       numeric(14, 2),
    actual_ytd       numeric(14, 2),
    budget_year      numeric(14, 2),
    forecast_outturn numeric(14, 2),
    constraint printed_total_period_range check (period between 1 and 12),
    constraint printed_total_known check (total in ('CORE_INCOME', 'CORE_EXPENDITURE', 'RING_FENCED', 'NET')),
    primary key (year_id, period, total)
);

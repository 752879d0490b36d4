-- The board paper's own text for a year and quarter: what the board reads before the annexes. History by Envers.
create table board_paper (
    id                    bigserial    primary key,
    year_id               varchar(7)   not null references mou_year (id) on delete cascade,
    quarter               smallint     not null,
    meeting               varchar(200),
    meeting_date          varchar(40),
    agenda_item           varchar(20),
    title                 varchar(200),
    purpose               text,
    summary               text,
    recommendation        text,
    action                text,
    contacts              text,
    background            text,
    performance_narrative text,
    highlights            text,
    finance_narrative     text,
    version               bigint       not null default 0,
    constraint paper_quarter_range check (quarter between 1 and 4),
    constraint paper_one_per_quarter unique (year_id, quarter)
);

create table board_paper_aud (
    id                    bigint       not null,
    rev                   bigint       not null references revinfo (rev),
    revtype               smallint,
    year_id               varchar(7),
    quarter               smallint,
    meeting               varchar(200),
    meeting_date          varchar(40),
    agenda_item           varchar(20),
    title                 varchar(200),
    purpose               text,
    summary               text,
    recommendation        text,
    action                text,
    contacts              text,
    background            text,
    performance_narrative text,
    highlights            text,
    finance_narrative     text,
    primary key (id, rev)
);

-- Leadership programme take-up and satisfaction, and headline figures a year's documents state.

create table leadership_booking (
    id        bigserial    primary key,
    year_id   varchar(7)   not null references mou_year (id) on delete cascade,
    dimension varchar(20)  not null,
    category  varchar(100) not null,
    programme varchar(10)  not null,
    bookings  integer      not null,
    display_order integer  not null,
    constraint booking_unique unique (year_id, dimension, category, programme),
    constraint booking_dimension_known check (dimension in ('party', 'region', 'council_type', 'gender')),
    constraint booking_programme_known check (programme in ('LA', 'LE', 'FoL', 'LEAD', 'NXG', 'LEDGE')),
    constraint booking_not_negative check (bookings >= 0)
);

create table leadership_score (
    id        bigserial    primary key,
    year_id   varchar(7)   not null references mou_year (id) on delete cascade,
    programme varchar(10)  not null,
    module    varchar(100) not null,
    score     numeric(4, 2) not null,
    display_order integer  not null,
    constraint score_unique unique (year_id, programme, module),
    constraint score_programme_known check (programme in ('LA', 'LE', 'FoL', 'LEAD', 'NXG', 'LEDGE')),
    constraint score_range check (score >= 1 and score <= 4)
);

create table headline_figure (
    id        bigserial    primary key,
    year_id   varchar(7)   not null references mou_year (id) on delete cascade,
    measure   varchar(60)  not null,
    value     numeric(16, 2) not null,
    qualifier varchar(20),
    source    text         not null,
    constraint headline_unique unique (year_id, measure),
    constraint headline_measure_form check (measure ~ '^[a-z][a-z0-9_]*$')
);

-- Rule 10: a signed-off quarter is frozen. Sign-off records the quarter's whole as-at view as canonical JSON with
-- its SHA-256; every view of the quarter is rendered from it. Snapshots are never changed or removed: the
-- database itself refuses, whoever asks.

create table quarter_snapshot (
    id             bigserial    primary key,
    year_id        varchar(7)   not null references mou_year (id),
    quarter        smallint     not null,
    version        integer      not null,
    signed_off_by  varchar(64)  not null,
    signed_off_at  timestamptz  not null,
    sha256         char(64)     not null,
    body           text         not null,
    constraint snapshot_quarter_range check (quarter between 1 and 4),
    constraint snapshot_version_positive check (version > 0),
    constraint snapshot_one_per_version unique (year_id, quarter, version),
    constraint snapshot_sha256_form check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint snapshot_body_matches_hash check (encode(sha256(convert_to(body, 'UTF8')), 'hex') = sha256)
);

create function refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    raise exception 'quarter snapshots are never changed or removed (% on %)', TG_OP, TG_TABLE_NAME
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger snapshot_is_immutable before update or delete on quarter_snapshot
    for each row execute function refuse_snapshot_change();
create trigger snapshot_is_never_truncated before truncate on quarter_snapshot
    for each statement execute function refuse_snapshot_change();

-- A change that alters a signed-off quarter, with the reason given for it.
create table restatement (
    id          bigserial    primary key,
    year_id     varchar(7)   not null references mou_year (id) on delete cascade,
    quarter     smallint     not null,
    code        varchar(20),
    field       varchar(40)  not null,
    from_value  text,
    to_value    text,
    reason      text         not null,
    username    varchar(64)  not null,
    at          timestamptz  not null,
    constraint restatement_quarter_range check (quarter between 1 and 4),
    constraint restatement_has_reason check (length(btrim(reason)) > 0)
);

create index restatement_year_idx on restatement (year_id, at);

-- Signing off or reopening changes what every view of the quarter is rendered from.
create trigger lock_changes_year after insert or update or delete on quarter_lock_event
    for each row execute function bump_year_data_version();

-- A year's data version is now moved once per statement that changes its figures, targets or themes, not by a
-- trigger on every row: with inserts sent as multi-row statements (the JDBC driver's reWriteBatchedInserts), a
-- 50,000-row import fired the row trigger 50,000 times. Each statement trigger reads the rows it changed from its
-- transition table. Only INSERT, UPDATE and DELETE move a version, as before; quarter_lock_event keeps its row
-- trigger (a handful of rows a year).

drop trigger figure_changes_year on quarterly_figure;
drop trigger target_changes_year on target;
drop trigger theme_changes_year on theme;

create function bump_years_of_changed_figures() returns trigger language plpgsql as $$
begin
    update mou_year set data_version = nextval('year_data_version'), data_version_tx = txid_current()
     where data_version_tx is distinct from txid_current()
       and id in (select t.year_id from target t where t.id in (select target_id from changed_rows));
    return null;
end;
$$;

create function bump_years_of_changed_rows() returns trigger language plpgsql as $$
begin
    update mou_year set data_version = nextval('year_data_version'), data_version_tx = txid_current()
     where data_version_tx is distinct from txid_current()
       and id in (select year_id from changed_rows);
    return null;
end;
$$;

-- A transition table belongs to one event, so each table has three triggers.
create trigger figure_inserts_change_year after insert on quarterly_figure
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_figures();
create trigger figure_updates_change_year after update on quarterly_figure
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_figures();
create trigger figure_deletes_change_year after delete on quarterly_figure
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_figures();

create trigger target_inserts_change_year after insert on target
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger target_updates_change_year after update on target
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger target_deletes_change_year after delete on target
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

create trigger theme_inserts_change_year after insert on theme
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger theme_updates_change_year after update on theme
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger theme_deletes_change_year after delete on theme
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

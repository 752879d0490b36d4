-- V15's statement trigger on quarterly_figure found the years of the changed figures with a semi-join that
-- PostgreSQL planned as a scan of the whole target table, once per statement: with inserts sent 32, 16 and 2 rows
-- to a statement, 100,000 imported figures ran it 6,000 times and it took ~2.4 ms each (measured with
-- pg_stat_statements in a year of 25,000 targets), more than the inserts themselves. Each changed row's target is now
-- looked up by its primary key, so the cost follows the statement's own rows and not the size of the year.

create or replace function bump_years_of_changed_figures() returns trigger language plpgsql as $$
begin
    update mou_year set data_version = nextval('year_data_version'), data_version_tx = txid_current()
     where data_version_tx is distinct from txid_current()
       and id in (select (select t.year_id from target t where t.id = c.target_id) from changed_rows c);
    return null;
end;
$$;

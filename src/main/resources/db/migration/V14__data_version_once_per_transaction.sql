-- A year's data version moves on once per transaction that changes it, not once per row: an import of 100,000
-- figures used to update its year's row 100,000 times in one transaction (a chain of row versions each update had
-- to walk). The new value comes from a sequence, so a version is never handed out twice, not even after a rollback.

alter table mou_year add column data_version_tx bigint;

create sequence year_data_version;
select setval('year_data_version', greatest((select coalesce(max(data_version), 0) from mou_year), 1));

create or replace function bump_year_data_version() returns trigger language plpgsql as $$
declare
    affected_year varchar(7);
begin
    if TG_TABLE_NAME = 'quarterly_figure' then
        select year_id into affected_year from target
         where id = (case when TG_OP = 'DELETE' then OLD.target_id else NEW.target_id end);
    else
        affected_year := case when TG_OP = 'DELETE' then OLD.year_id else NEW.year_id end;
    end if;
    update mou_year set data_version = nextval('year_data_version'), data_version_tx = txid_current()
     where id = affected_year and data_version_tx is distinct from txid_current();
    return null;
end;
$$;

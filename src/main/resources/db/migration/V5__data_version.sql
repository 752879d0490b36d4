-- A counter per year that every change to its themes, targets or figures moves on, whichever instance or code
-- path made it. Readers compare it to decide whether a computed view of the year is still current.

alter table mou_year add column data_version bigint not null default 0;

create function bump_year_data_version() returns trigger language plpgsql as $$
declare
    affected_year varchar(7);
begin
    if TG_TABLE_NAME = 'quarterly_figure' then
        select year_id into affected_year from target
         where id = (case when TG_OP = 'DELETE' then OLD.target_id else NEW.target_id end);
    else
        affected_year := case when TG_OP = 'DELETE' then OLD.year_id else NEW.year_id end;
    end if;
    update mou_year set data_version = data_version + 1 where id = affected_year;
    return null;
end;
$$;

create trigger theme_changes_year after insert or update or delete on theme
    for each row execute function bump_year_data_version();
create trigger target_changes_year after insert or update or delete on target
    for each row execute function bump_year_data_version();
create trigger figure_changes_year after insert or update or delete on quarterly_figure
    for each row execute function bump_year_data_version();

-- Rule 11: figures and targets are numbers from 0 to 1,000,000,000,000 with at most 4 decimal places. The old
-- columns kept 2 decimals and would have rounded 1.2345 silently; these hold every allowed value as written.
alter table target alter column target_value type numeric(17, 4);
alter table target_aud alter column target_value type numeric(17, 4);
alter table quarterly_figure alter column figure_value type numeric(17, 4);
alter table quarterly_figure_aud alter column figure_value type numeric(17, 4);
alter table target add constraint target_value_range check (target_value is null or target_value <= 1000000000000);
alter table quarterly_figure add constraint figure_value_range
    check (figure_value is null or figure_value <= 1000000000000);

-- Every instance keeps the data version (YearView.VERSION) in memory and reads it again when told that something it
-- is computed from has changed: each statement that changes a year (its label, or its data_version, which every
-- change to its themes, targets and figures moves), a sign-off or reopening, a restatement or a headline figure
-- sends a notice on the channel sli_data_version. PostgreSQL delivers it when the transaction commits, once per
-- transaction however many statements sent it, and not at all if the transaction rolls back.

create function notify_data_version() returns trigger language plpgsql as $$
begin
    perform pg_notify('sli_data_version', '');
    return null;
end;
$$;

create trigger mou_year_notifies after insert or update or delete or truncate on mou_year
    for each statement execute function notify_data_version();
create trigger quarter_lock_event_notifies after insert or update or delete or truncate on quarter_lock_event
    for each statement execute function notify_data_version();
create trigger restatement_notifies after insert or update or delete or truncate on restatement
    for each statement execute function notify_data_version();
create trigger headline_figure_notifies after insert or update or delete or truncate on headline_figure
    for each statement execute function notify_data_version();

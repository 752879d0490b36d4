-- The dashboards are answered from the data version too (as the year page and the deliverables are), and they draw
-- on a year's finance lines, printed finance totals, leadership bookings and satisfaction scores: a change to any of
-- those now moves its year's data version (once per transaction, as V15 does for themes, targets and figures), and
-- that update of mou_year sends the notice every instance listens for (V16). The year's deliverables, kept per data
-- version, are computed again once after such a change although they do not depend on it: a cost paid once per
-- change, not per request, against a version that would otherwise have to name each kind of data apart.

create trigger finance_line_inserts_change_year after insert on finance_line
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger finance_line_updates_change_year after update on finance_line
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger finance_line_deletes_change_year after delete on finance_line
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

create trigger finance_printed_total_inserts_change_year after insert on finance_printed_total
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger finance_printed_total_updates_change_year after update on finance_printed_total
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger finance_printed_total_deletes_change_year after delete on finance_printed_total
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

create trigger leadership_booking_inserts_change_year after insert on leadership_booking
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger leadership_booking_updates_change_year after update on leadership_booking
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger leadership_booking_deletes_change_year after delete on leadership_booking
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

create trigger leadership_score_inserts_change_year after insert on leadership_score
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger leadership_score_updates_change_year after update on leadership_score
    referencing new table as changed_rows for each statement execute function bump_years_of_changed_rows();
create trigger leadership_score_deletes_change_year after delete on leadership_score
    referencing old table as changed_rows for each statement execute function bump_years_of_changed_rows();

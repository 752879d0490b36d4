-- Themes, targets and figures take their ids 50 at a time from their own sequences (Hibernate's pooled-lo
-- optimiser: each value of the sequence reserves it and the 49 after it), so an import's inserts go to PostgreSQL in
-- JDBC batches. The columns keep their defaults, and a row inserted by SQL takes a value of the sequence, which no
-- pool can then hand out again.
alter sequence theme_id_seq increment by 50;
alter sequence target_id_seq increment by 50;
alter sequence quarterly_figure_id_seq increment by 50;

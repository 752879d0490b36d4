-- Sign-in attempts counted in the database, so that every instance shares one count and a burst of parallel
-- guesses is counted atomically before any password is checked.
create table login_throttle (
    key          varchar(100) primary key,
    window_start timestamptz  not null,
    attempts     integer      not null
);

-- How a password hash was made: 'bcrypt' of the password itself (the first round's, limited to 72 bytes), or
-- 'sha256-bcrypt', bcrypt of the password's SHA-256 (every character counts, however long the password).
alter table app_user add column password_scheme varchar(20) not null default 'bcrypt';
alter table app_user add constraint app_user_password_scheme_known check (password_scheme in ('bcrypt', 'sha256-bcrypt'));

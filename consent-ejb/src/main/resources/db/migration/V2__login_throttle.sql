-- Failed sign-ins per user name (known or not, so that the table tells nothing about which users
-- exist). After too many failures in a row the name is locked for a while, whatever the password.
create table login_throttle (
    username         varchar(64)  primary key,
    failures         integer      not null default 0,
    last_failure_at  timestamptz  not null,
    locked_until     timestamptz
);

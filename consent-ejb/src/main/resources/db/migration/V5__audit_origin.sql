-- Audit rows say from where a change came: the client address and user agent of the request.
alter table audit_event add column origin_address varchar(64);
alter table audit_event add column user_agent varchar(250);

-- Per-purpose texts of the double opt-in mail, all optional: the sender address and, per language,
-- the subject and the sentence that introduces the list of purposes. Empty, the mail uses the
-- defaults of its bundle (com/consentmanager/optin/control/mail_*.properties) and the mail
-- session's sender. Plain text: the HTML part escapes them.
alter table purpose
    add column opt_in_sender      varchar(320),
    add column opt_in_subject_fr  varchar(200),
    add column opt_in_intro_fr    varchar(1000),
    add column opt_in_subject_en  varchar(200),
    add column opt_in_intro_en    varchar(1000);

-- The console lists open confirmation requests (newest first) and the outbox (by state), and shows
-- each request's latest mail.
create index confirmation_request_open on confirmation_request (created_at) where used_at is null;
create index mail_outbox_reference on mail_outbox (kind, reference_id);
create index mail_outbox_state on mail_outbox (state, id);

-- Usernames are unique whatever their case: "Alice" and "alice" would be one person to a reader
-- of the audit trail. The application checks first; this index settles concurrent creations.
create unique index console_user_username_lower_unique on console_user (lower(username));

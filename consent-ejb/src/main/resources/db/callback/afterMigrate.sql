-- Runs after every migration, as the schema owner (Flyway's connection): the rights of the role the
-- application runs as (${app_role}), laid down from scratch each time so that a new table gets
-- exactly its rights. The application owns nothing: it cannot alter, disable or drop a table or a
-- trigger, and cannot change or delete what is evidence (docs/operations-guide.md, "Two roles").
do $$
begin
    if '${app_role}' = current_user then
        raise exception 'The application pool connects as the schema owner %: give it a role of its own (docs/operations-guide.md, "Two roles")', current_user;
    end if;
end
$$;

revoke create on schema public from public;
grant usage on schema public to ${app_role};

revoke all on all tables in schema public from ${app_role};
revoke all on all sequences in schema public from ${app_role};
revoke all on all functions in schema public from ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
grant execute on all functions in schema public to ${app_role};

-- Evidence and the texts it points to: read and append, nothing else (DOMAIN.md rule 11).
revoke update, delete, truncate on consent_event, profile_event, audit_event, purpose_version, purpose_version_text,
    operation_form_version, operation_form_item from ${app_role};

-- The migrations' own record: read only.
revoke insert, update, delete, truncate on schema_history from ${app_role};

-- The statuses and the evidence ledger keep their parents (profile, purpose, channel) checked by
-- one set-based check per statement instead of PostgreSQL's foreign keys, which check (and lock)
-- the parent row by row through one query per row and key: 6 per status written with its event.
-- Measured (BENCHMARKS.md, figure (e)): writing 50,000 statuses with their events took 5.5 s with
-- the six foreign keys, 2.7 s with these checks, 1.7 s with no check at all.
--
-- The guarantees stay those of a foreign key (ON DELETE NO ACTION):
-- * an inserted status or event names an existing profile, purpose and channel; the check locks
--   those parents FOR KEY SHARE, as a foreign key does, so a concurrent delete of a parent waits
--   for the insert's transaction and then fails, or makes the insert fail;
-- * a profile, purpose or channel that a status or event names cannot be deleted;
-- * the keys of a status, and the ids of the parents, are never changed.

alter table consent_status
    drop constraint consent_status_profile_id_fkey,
    drop constraint consent_status_purpose_id_fkey,
    drop constraint consent_status_channel_id_fkey;
alter table consent_event
    drop constraint consent_event_profile_id_fkey,
    drop constraint consent_event_purpose_id_fkey,
    drop constraint consent_event_channel_id_fkey;

-- After an insert into consent_status or consent_event: every profile, purpose and channel the
-- statement's rows name exists (and is locked FOR KEY SHARE until the transaction ends).
create function check_status_parents() returns trigger language plpgsql as $$
declare
    wanted bigint;
    locked bigint;
    missing bigint;
begin
    select count(distinct profile_id) into wanted from inserted;
    select count(*) into locked from (select p.id from profile p
        where p.id in (select profile_id from inserted) for key share of p) parents;
    if locked < wanted then
        select min(i.profile_id) into missing from inserted i where not exists (select 1 from profile p where p.id = i.profile_id);
        raise foreign_key_violation using
            message = format('insert into %s refused: profile %s does not exist', tg_table_name, missing);
    end if;
    select count(distinct purpose_id) into wanted from inserted;
    select count(*) into locked from (select p.id from purpose p
        where p.id in (select purpose_id from inserted) for key share of p) parents;
    if locked < wanted then
        select min(i.purpose_id) into missing from inserted i where not exists (select 1 from purpose p where p.id = i.purpose_id);
        raise foreign_key_violation using
            message = format('insert into %s refused: purpose %s does not exist', tg_table_name, missing);
    end if;
    select count(distinct channel_id) into wanted from inserted;
    select count(*) into locked from (select c.id from channel c
        where c.id in (select channel_id from inserted) for key share of c) parents;
    if locked < wanted then
        select min(i.channel_id) into missing from inserted i where not exists (select 1 from channel c where c.id = i.channel_id);
        raise foreign_key_violation using
            message = format('insert into %s refused: channel %s does not exist', tg_table_name, missing);
    end if;
    return null;
end;
$$;

create trigger consent_status_parents
    after insert on consent_status referencing new table as inserted
    for each statement execute function check_status_parents();
create trigger consent_event_parents
    after insert on consent_event referencing new table as inserted
    for each statement execute function check_status_parents();

-- A status keeps its key (profile, purpose, channel) for ever.
create function refuse_key_change() returns trigger language plpgsql as $$
begin
    raise exception '% keys cannot change: % refused', tg_table_name, tg_op;
end;
$$;
create trigger consent_status_key
    before update of profile_id, purpose_id, channel_id on consent_status for each row
    when ((old.profile_id, old.purpose_id, old.channel_id) is distinct from (new.profile_id, new.purpose_id, new.channel_id))
    execute function refuse_key_change();
create trigger profile_key
    before update of id on profile for each row when (old.id is distinct from new.id) execute function refuse_key_change();
create trigger purpose_key
    before update of id on purpose for each row when (old.id is distinct from new.id) execute function refuse_key_change();
create trigger channel_key
    before update of id on channel for each row when (old.id is distinct from new.id) execute function refuse_key_change();

-- After a delete from profile, purpose or channel: no status or event names a deleted row.
-- (For a channel this reads the statuses and the ledger without an index: deleting a channel is
-- rare, and refused earlier by the application once a purpose uses it.)
create function refuse_referenced_delete() returns trigger language plpgsql as $$
declare
    referenced bigint;
begin
    if tg_table_name = 'profile' then
        select d.id into referenced from deleted d
        where exists (select 1 from consent_status s where s.profile_id = d.id)
           or exists (select 1 from consent_event e where e.profile_id = d.id) limit 1;
    elsif tg_table_name = 'purpose' then
        select d.id into referenced from deleted d
        where exists (select 1 from consent_status s where s.purpose_id = d.id)
           or exists (select 1 from consent_event e where e.purpose_id = d.id) limit 1;
    else
        select d.id into referenced from deleted d
        where exists (select 1 from consent_status s where s.channel_id = d.id)
           or exists (select 1 from consent_event e where e.channel_id = d.id) limit 1;
    end if;
    if referenced is not null then
        raise foreign_key_violation using
            message = format('delete from %s refused: %s %s has statuses or evidence', tg_table_name, tg_table_name, referenced);
    end if;
    return null;
end;
$$;
create trigger profile_referenced
    after delete on profile referencing old table as deleted for each statement execute function refuse_referenced_delete();
create trigger purpose_referenced
    after delete on purpose referencing old table as deleted for each statement execute function refuse_referenced_delete();
create trigger channel_referenced
    after delete on channel referencing old table as deleted for each statement execute function refuse_referenced_delete();

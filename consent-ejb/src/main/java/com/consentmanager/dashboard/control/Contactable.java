package com.consentmanager.dashboard.control;

/**
 * The dashboard's rule for a contactable person on a channel, in SQL (DOMAIN.md rule 8, as the gate
 * applies it without a purpose): a profile, not objected and not erased, with at least one ACCEPTED
 * status on the channel for an active purpose of the company's own (no partner) that covers the
 * channel, given on a text the purpose still accepts (a material change under "block" asks for a
 * newer one). Counted per profile record: the gate's merging of records that share an email is
 * left out of the counts.
 */
final class Contactable {

    /** The company's own active purposes, with the first text version an acceptance must stand on. */
    private static final String OWN_PURPOSES = """
            own as (
                select p.id, case when p.on_material_change = 'BLOCK' then coalesce((select max(v.number) from purpose_version v
                    where v.purpose_id = p.id and v.material), 0) else 0 end as required
                from purpose p
                where p.partner_id is null and p.active
            )""";

    /** Channel id and contactable people now; channels without any are absent. */
    static final String NOW = "with " + OWN_PURPOSES + """
            
            select s.channel_id, count(distinct s.profile_id)
            from consent_status s
            join own on own.id = s.purpose_id
            join purpose_channel pc on pc.purpose_id = s.purpose_id and pc.channel_id = s.channel_id
            join profile p on p.id = s.profile_id
            where s.state = 'ACCEPTED' and s.purpose_version >= own.required
              and p.objected_at is null and p.erased_at is null
            group by s.channel_id""";

    /**
     * The same as of an earlier time, rebuilt from the evidence: a status whose last
     * event is older than that time was already in its state then; for the others, the state is
     * that of the last event at or before that time ({@code ?4}, bound
     * after the three parameters of the statement that wraps it). Objections and erasures count from their
     * dates. Today's purposes and their channels stand for those of then.
     */
    static final String AS_OF = "with " + OWN_PURPOSES + """
            
            select s.channel_id, count(distinct s.profile_id)
            from consent_status s
            join own on own.id = s.purpose_id
            join purpose_channel pc on pc.purpose_id = s.purpose_id and pc.channel_id = s.channel_id
            join profile p on p.id = s.profile_id
            where (p.objected_at is null or p.objected_at > cast(?4 as timestamptz)) and (p.erased_at is null or p.erased_at > cast(?4 as timestamptz))
              and case when s.event_time <= cast(?4 as timestamptz) then s.state = 'ACCEPTED' and s.purpose_version >= own.required
                  else exists (select 1 from (
                           select e.event_state, e.purpose_version from consent_event e
                           where e.profile_id = s.profile_id and e.purpose_id = s.purpose_id and e.channel_id = s.channel_id
                             and e.event_time <= cast(?4 as timestamptz)
                           order by e.event_time desc, e.id desc limit 1) last
                       where last.event_state = 'ACCEPTED' and last.purpose_version >= own.required) end
            group by s.channel_id""";

    private Contactable() {
    }
}

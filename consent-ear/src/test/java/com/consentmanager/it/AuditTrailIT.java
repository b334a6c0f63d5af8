package com.consentmanager.it;

import com.consentmanager.audit.boundary.AuditEventView;
import com.consentmanager.audit.boundary.AuditTrail;
import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.NewChannel;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Auditors read the trail filtered in the database and export it; the export is audited too. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(AuditTrailIT.class, AsAdmin.class);
    }

    @EJB
    AuditTrail trail;

    @EJB
    ChannelManagement channels;

    @EJB
    AsAdmin asAdmin;

    @Test
    void aChangeIsFoundByItsTargetWithWhoAndFromWhereAndExportedAsCsv() throws Exception {
        String key = "audited_" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> channels.createChannel(new NewChannel("Audited", key, null)));

        List<AuditEventView> found = asAdmin.call(() -> trail.list("channel.created", null, key, 0, 10));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getActor()).isEqualTo("it-admin");
        assertThat(found.get(0).getTarget()).isEqualTo("channel:" + key);
        assertThat(found.get(0).getOriginAddress()).isNotBlank();
        assertThat(asAdmin.call(() -> trail.count("channel.created", null, key))).isEqualTo(1);

        String csv = asAdmin.call(() -> trail.exportCsv(null, null, key));
        assertThat(csv.lines().findFirst()).contains("id,occurred_at,actor,action,target,origin_address,user_agent,details");
        assertThat(csv).contains("channel.created").contains("channel:" + key);
        assertThat(asAdmin.call(() -> trail.list("audit.exported", "it-admin", null, 0, 1)).get(0).getDetails())
                .contains(key).contains("\"rows\":\"1\"");

        asAdmin.run(() -> channels.deleteChannel(key));
    }

    @Test
    void searchTextIsTextNotAPattern() throws Exception {
        assertThat(asAdmin.call(() -> trail.count(null, null, "%"))).isZero();
        assertThat(asAdmin.call(() -> trail.count("no_such_action_" + UUID.randomUUID(), null, null))).isZero();
    }

    @Test
    void anonymousCallersCannotReadTheTrail() {
        assertThat(catchThrowable(() -> trail.list(null, null, null, 0, 10))).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> trail.exportCsv(null, null, null))).isInstanceOf(EJBAccessException.class);
    }
}

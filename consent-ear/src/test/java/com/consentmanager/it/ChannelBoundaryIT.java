package com.consentmanager.it;

import com.consentmanager.channel.boundary.ChannelChange;
import com.consentmanager.channel.boundary.ChannelManagement;
import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.channel.boundary.RemoteChannelManagement;
import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Channel management through the local and the remote EJB views, in the server, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ChannelBoundaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ConsentDeployments.earWithTests(ChannelBoundaryIT.class, AsAdmin.class);
    }

    @EJB
    ChannelManagement boundary;

    @EJB
    AsAdmin asAdmin;

    /** The local view, called with the ADMIN role. */
    ChannelManagement local;

    @Resource(lookup = "jdbc/consent")
    DataSource database;

    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void asAdministrator() {
        local = AsAdmin.wrap(asAdmin, ChannelManagement.class, boundary);
    }

    @AfterEach
    void deleteCreatedChannels() {
        created.forEach(key -> {
            try {
                local.deleteChannel(key);
            } catch (NotFoundException alreadyGone) {
                // the test deleted or renamed it itself
            }
        });
    }

    @Test
    void theFourBuiltInChannelsExistWithFrenchAndEnglishNames() {
        List<ChannelView> channels = local.listChannels();

        assertThat(channels).filteredOn(ChannelView::isBuiltIn).extracting(ChannelView::getKey)
                .containsExactly("email", "phone", "site", "sms");
        ChannelView phone = local.getChannel("phone");
        assertThat(phone.getPublicNames()).containsEntry("fr", "Téléphone").containsEntry("en", "Phone");
    }

    @Test
    void addingAChannelByNameGeneratesItsKeyAndAudits() throws SQLException {
        String suffix = unique();
        ChannelView channel = create(NewChannel.named("Courrier postal " + suffix));

        assertThat(channel.getKey()).isEqualTo("courrier_postal_" + suffix);
        assertThat(channel.isBuiltIn()).isFalse();
        assertThat(channel.getPublicNames()).containsEntry("fr", "Courrier postal " + suffix)
                .containsEntry("en", "Courrier postal " + suffix);
        List<String> origins = auditOrigins("channel.created", channel.getKey());
        assertThat(origins).hasSize(1);
        assertThat(origins.get(0)).as("from where").isNotBlank();
    }

    @Test
    void keyWithWhiteSpaceIsRefusedAndNothingIsWritten() throws SQLException {
        int before = local.listChannels().size();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> local.createChannel(new NewChannel("Fax", "bad key", null)));

        assertThat(refused.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("key", "channel.key.white_space"));
        assertThat(local.listChannels()).hasSize(before);
        assertThat(auditOrigins("channel.created", "bad key")).isEmpty();
    }

    @Test
    void emptyAndHugeNamesAreRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> local.createChannel(NewChannel.named("  ")))
                .getViolations()).extracting(FieldViolation::field).contains("name");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> local.createChannel(NewChannel.named("x".repeat(10_000)))).getViolations())
                .extracting(FieldViolation::messageKey).contains("channel.name.too_long");
    }

    @Test
    void aKeyCanBelongToOneChannelOnly() {
        ChannelView first = create(NewChannel.named("Fax " + unique()));

        ConflictException duplicate = catchThrowableOfType(ConflictException.class,
                () -> local.createChannel(new NewChannel("Another fax", first.getKey(), null)));

        assertThat(duplicate.getViolations()).extracting(FieldViolation::field).containsExactly("key");
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> local.updateChannel(create(NewChannel.named("Pigeon " + unique())).getKey(),
                        new ChannelChange("email", null)))).isNotNull();
    }

    @Test
    void keyAndPublicNamesCanBeChanged() {
        ChannelView channel = create(NewChannel.named("Fax " + unique()));
        String newKey = "fax_" + unique();

        ChannelView changed = local.updateChannel(channel.getKey(), new ChannelChange(newKey, Map.of("en", "Facsimile")));
        created.add(newKey);

        assertThat(changed.getKey()).isEqualTo(newKey);
        assertThat(changed.getPublicNames()).containsEntry("en", "Facsimile").containsEntry("fr", channel.getPublicNames().get("fr"));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> local.getChannel(channel.getKey()))).isNotNull();
    }

    @Test
    void builtInChannelsCanNeitherBeDeletedNorRekeyed() {
        assertThat(catchThrowableOfType(ConflictException.class, () -> local.deleteChannel("email")).getMessageKey())
                .isEqualTo("channel.delete.built_in");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> local.updateChannel("sms", new ChannelChange("texto", null))).getViolations())
                .extracting(FieldViolation::messageKey).containsExactly("channel.key.built_in_locked");
        assertThat(local.getChannel("email").getKey()).isEqualTo("email");
    }

    @Test
    void customChannelCanBeDeleted() {
        ChannelView channel = create(NewChannel.named("Minitel " + unique()));

        local.deleteChannel(channel.getKey());

        assertThat(local.listChannels()).extracting(ChannelView::getKey).doesNotContain(channel.getKey());
    }

    @Test
    void theRemoteViewAnswersAtItsDocumentedGlobalName() throws Exception {
        RemoteChannelManagement remote = (RemoteChannelManagement) new InitialContext()
                .lookup(RemoteChannelManagement.JNDI_NAME);
        String name = "Remote " + unique();

        ChannelView channel = asAdmin.call(() -> remote.createChannel(NewChannel.named(name)));
        created.add(channel.getKey());

        assertThat(asAdmin.call(() -> remote.getChannel(channel.getKey())).publicName("en")).isEqualTo(name);
        assertThat(local.getChannel(channel.getKey()).getKey()).isEqualTo(channel.getKey());
        Throwable refused = asAdmin.failure(() -> remote.createChannel(new NewChannel("x", "bad key", null)));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((BusinessException) refused).getViolations()).extracting(FieldViolation::field).containsExactly("key");
        assertThat(asAdmin.failure(() -> remote.getChannel("no_such_channel"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anonymousCallersAreRefusedOnBothViews() throws NamingException {
        RemoteChannelManagement remote = (RemoteChannelManagement) new InitialContext()
                .lookup(RemoteChannelManagement.JNDI_NAME);

        assertThat(catchThrowable(() -> boundary.listChannels())).isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> boundary.createChannel(NewChannel.named("Anonymous " + unique()))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> remote.deleteChannel("email"))).isNotNull()
                .isNotInstanceOf(BusinessException.class);
    }

    private ChannelView create(NewChannel channel) {
        ChannelView view = local.createChannel(channel);
        created.add(view.getKey());
        return view;
    }

    /** The origin address of each audit row written for this action on this key. */
    private List<String> auditOrigins(String action, String key) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select origin_address from audit_event where action = ? and target_key = ?")) {
            query.setString(1, action);
            query.setString(2, key);
            List<String> origins = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    origins.add(rows.getString(1));
                }
            }
            return origins;
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

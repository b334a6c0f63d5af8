package com.consentmanager.it;

import com.consentmanager.it.messageapp.ChannelsServlet;
import com.consentmanager.it.messageapp.GateServlet;
import com.consentmanager.it.remoteclient.RemoteChannelClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other EE applications calling the channel boundary's and the contact gate's remote views, as
 * docs/integration-guide.md ("Remote EJB clients") describes: (1) a separate application on the same server (message-app.war, deployed
 * next to consent.ear), whose signed-in caller's identity reaches the consent EJB; (2) a client in
 * a separate JVM over IIOP, whose credentials the server's file realm checks. The realm user
 * it-remote-reader (group AUDITOR) is made by server-config/asadmin/test/60-remote-caller.asadmin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemoteCallersIT {

    private static final String REMOTE_USER = "it-remote-reader";

    @Deployment(name = "consent", order = 1, testable = false)
    static EnterpriseArchive consent() {
        return ConsentDeployments.ear();
    }

    /** The client application: its servlet and consent-ejb-client.jar, nothing of the beans. */
    @Deployment(name = "message-app", order = 2, testable = false)
    static WebArchive messageApp() {
        return ShrinkWrap.create(WebArchive.class, "message-app.war")
                .addClasses(ChannelsServlet.class, GateServlet.class)
                .addAsLibrary(ShrinkWrap.create(ZipImporter.class, "consent-ejb-client.jar")
                        .importFrom(clientJar().toFile()).as(JavaArchive.class))
                .setWebXML("message-app/web.xml");
    }

    @ArquillianResource
    @OperateOnDeployment("message-app")
    URL messageApp;

    @Test
    void aSignedInCallerOfAnotherApplicationReadsChannelsButCannotChangeThem() {
        Map<String, String> read = messageApp("GET", "signed-in/channels", true);
        assertThat(read).containsEntry("caller", REMOTE_USER);
        assertThat(read.get("channels")).as(read.toString()).contains("email", "sms");

        Map<String, String> write = messageApp("POST", "signed-in/channels", true);
        assertThat(write).containsEntry("refused", "jakarta.ejb.EJBAccessException").doesNotContainKey("created");
    }

    @Test
    void anAnonymousCallerOfAnotherApplicationIsRefused() {
        Map<String, String> read = messageApp("GET", "anonymous/channels", false);

        assertThat(read).containsEntry("caller", "").containsEntry("refused", "jakarta.ejb.EJBAccessException");
        assertThat(messageApp("POST", "anonymous/channels", false)).containsEntry("refused", "jakarta.ejb.EJBAccessException");
    }

    @Test
    void anotherApplicationAsksTheRemoteGateByItsGlobalJndiName() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String purpose = "message_app_" + suffix;
        String accepted = "accepted-" + suffix + "@example.com";
        String refused = "refused-" + suffix + "@example.com";
        Api consent = new Api(consentApp());
        Api.Reply created = consent.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"Message app %s","wording":"Oui"}},"channels":["email","sms"]}"""
                .formatted(purpose, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        for (String email : List.of(accepted, refused)) {
            Api.Reply recorded = consent.call("POST", "api/v1/submissions", """
                    {"email":"%s","choices":[{"purpose":"%s","channel":"email","state":"%s"}]}"""
                    .formatted(email, purpose, email.equals(accepted) ? "ACCEPTED" : "REFUSED"), "Authorization", writer);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }

        assertThat(messageApp("GET", gate("signed-in", purpose, accepted), true))
                .containsEntry("caller", REMOTE_USER).containsEntry("allowed", "true").containsEntry("reason", "ACCEPTED");
        assertThat(messageApp("GET", gate("signed-in", purpose, refused), true))
                .containsEntry("allowed", "false").containsEntry("reason", "REFUSED");
        assertThat(messageApp("GET", gate("signed-in", purpose, "nobody-" + suffix + "@example.com"), true))
                .containsEntry("allowed", "false").containsEntry("reason", "UNKNOWN_PROFILE");
        assertThat(messageApp("GET", "signed-in/audience?channel=email&max=10&purpose=" + purpose, true))
                .containsEntry("contacts", accepted).containsEntry("next", "");
        assertThat(messageApp("GET", "signed-in/gate?channel=pigeon&email=" + accepted, true))
                .containsEntry("refused", "com.consentmanager.platform.NotFoundException");
        Map<String, String> headers = messageApp("GET", "signed-in/unsubscribe?channel=email&purpose=" + purpose + "&email=" + accepted, true);
        assertThat(headers.get("listunsubscribe")).as(headers.toString()).matches("<http\\S+/u/[A-Za-z0-9_-]{43}>(, <mailto:\\S+>)?");
        assertThat(headers).containsEntry("listunsubscribepost", "List-Unsubscribe=One-Click");
        assertThat(headers.get("preferencecentre")).contains("/public/preferences.xhtml?token=").doesNotContain(accepted);
    }

    @Test
    void anAnonymousCallerOfAnotherApplicationCannotAskTheGate() {
        assertThat(messageApp("GET", gate("anonymous", "commercial_email", "anyone@example.com"), false))
                .containsEntry("caller", "").containsEntry("refused", "jakarta.ejb.EJBAccessException").doesNotContainKey("reason");
        assertThat(messageApp("GET", "anonymous/audience?channel=email&max=10&purpose=commercial_email", false))
                .containsEntry("refused", "jakarta.ejb.EJBAccessException").doesNotContainKey("contacts");
    }

    @Test
    void aClientInAnotherJvmSignsInOverIiopAndReadsChannelsButCannotChangeThem() throws Exception {
        Map<String, String> answers = remoteJvm(true);

        assertThat(answers).containsEntry("login", "true");
        assertThat(answers.get("list")).as(answers.toString()).contains("email", "sms");
        assertThat(answers).containsEntry("create", "refused:jakarta.ejb.EJBAccessException");
    }

    @Test
    void aClientInAnotherJvmWithoutCredentialsIsRefused() throws Exception {
        Map<String, String> answers = remoteJvm(false);

        assertThat(answers.get("list")).as(answers.toString()).startsWith("refused:").doesNotContain("email");
        assertThat(answers).doesNotContainKey("create");
    }

    private Map<String, String> messageApp(String method, String path, boolean signedIn) {
        Api.Reply reply = signedIn
                ? new Api(messageApp).call(method, path, null, "Authorization", Credentials.basic(REMOTE_USER, remotePassword()))
                : new Api(messageApp).call(method, path, null);
        assertThat(reply.status()).as(reply.response().body()).isEqualTo(200);
        return lines(reply.response().body());
    }

    private static String gate(String caller, String purpose, String email) {
        return caller + "/gate?channel=email&purpose=" + purpose + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
    }

    /** consent.ear's web module, on the same server as message-app.war. */
    private URL consentApp() throws MalformedURLException {
        return new URL(messageApp, "/consent/");
    }

    /** Runs RemoteChannelClient in a new JVM (the JDK that runs Payara) and parses what it printed. */
    private static Map<String, String> remoteJvm(boolean signIn) throws IOException, InterruptedException {
        Path payara = Path.of(System.getProperty("payara.home"));
        String classPath = String.join(File.pathSeparator, location(RemoteChannelClient.class).toString(),
                clientJar().toString(), payara.resolve("glassfish/lib/gf-client.jar").toString());
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin/java").toString());
        // What Payara's ORB needs opened on JDK 17, on the client as on the server (10-jvm.asadmin).
        // docs/integration-guide.md prints this list for client JVMs: change both together.
        for (String opened : List.of("java.base/java.lang", "java.base/java.io", "java.base/java.util",
                "java.base/java.lang.invoke", "java.base/java.net", "java.base/java.time", "java.base/sun.nio.ch",
                "java.base/jdk.internal.misc", "java.naming/javax.naming.spi", "java.rmi/sun.rmi.transport",
                "java.management/javax.management", "java.management/javax.management.openmbean")) {
            command.add("--add-opens=" + opened + "=ALL-UNNAMED");
        }
        command.add("-Djava.security.auth.login.config=" + payara.resolve("glassfish/lib/appclient/appclientlogin.conf"));
        command.addAll(List.of("-cp", classPath, RemoteChannelClient.class.getName(), "localhost", String.valueOf(iiopPort())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path output = Files.createTempFile("remote-client", ".log");
        builder.redirectOutput(output.toFile());
        builder.environment().remove("CONSENT_REMOTE_USER");
        builder.environment().remove("CONSENT_REMOTE_PASSWORD");
        if (signIn) {
            builder.environment().put("CONSENT_REMOTE_USER", REMOTE_USER);
            builder.environment().put("CONSENT_REMOTE_PASSWORD", remotePassword());
        }
        Process process = builder.start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the client JVM ended; it printed:%n%s", printed).isTrue();
        return lines(printed);
    }

    /** The name=value lines of an answer; other lines (logs) are ignored. */
    private static Map<String, String> lines(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        text.lines().filter(line -> line.matches("[a-z]+=.*")).forEach(line -> {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1).trim());
        });
        return values;
    }

    private static String remotePassword() {
        return required("consent.it.remote.password");
    }

    /** The test domain's IIOP port: its port base + 37 (server-config/bin/common.sh). */
    private static int iiopPort() {
        return Integer.parseInt(required("it.port.base")) + 37;
    }

    private static Path clientJar() {
        Path jar = Path.of(required("consent.ejb.client.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build consent-ejb first (mvn install): " + jar);
        }
        return jar;
    }

    private static Path javaHome() {
        String asJava = System.getenv("AS_JAVA");
        return Path.of(asJava != null && !asJava.isBlank() ? asJava : System.getProperty("java.home"));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the tests with mvn verify");
        }
        return value;
    }
}

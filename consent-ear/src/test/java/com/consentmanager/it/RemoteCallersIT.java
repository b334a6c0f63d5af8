package com.consentmanager.it;

import com.consentmanager.it.messageapp.ChannelsServlet;
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
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other EE applications calling the channel boundary's remote view, as the README's "Remote EJB
 * clients" describes: (1) a separate application on the same server (message-app.war, deployed
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
                .addClass(ChannelsServlet.class)
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

    /** Runs RemoteChannelClient in a new JVM (the JDK that runs Payara) and parses what it printed. */
    private static Map<String, String> remoteJvm(boolean signIn) throws IOException, InterruptedException {
        Path payara = Path.of(System.getProperty("payara.home"));
        String classPath = String.join(File.pathSeparator, location(RemoteChannelClient.class).toString(),
                clientJar().toString(), payara.resolve("glassfish/lib/gf-client.jar").toString());
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin/java").toString());
        // What Payara's ORB needs opened on JDK 17, on the client as on the server (10-jvm.asadmin).
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

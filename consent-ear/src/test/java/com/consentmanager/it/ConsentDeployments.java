package com.consentmanager.it;

import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/**
 * The deployments of the integration tests: the real EAR that the build just packaged
 * ({@code consent-ear/target/consent.ear}), with, for in-container tests, the test classes and
 * AssertJ added to its web module.
 */
public final class ConsentDeployments {

    static final String EAR = "consent.ear";
    static final String WAR = "consent-web.war";

    private ConsentDeployments() {
    }

    /** The EAR exactly as built: for black-box tests ({@code @RunAsClient}). */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("consent.ear", "target/consent.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + file.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, EAR).importFrom(file).as(EnterpriseArchive.class);
    }

    /** The EAR with the given test classes inside its web module: for in-container tests. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        return earWithTests(List.of(), testClasses);
    }

    /** The same, with the jars of the given classes (test libraries such as GreenMail) in the web module too. */
    public static EnterpriseArchive earWithTests(List<Class<?>> libraries, Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        libraries.forEach(library -> war.addAsLibrary(jarOf(library)));
        if (Arrays.asList(testClasses).contains(AsAdmin.class)) {
            war.addAsWebInfResource("glassfish-ejb-jar.xml");
        }
        war.addAsLibrary(jarOf(Assertions.class));
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        if (Arrays.asList(testClasses).contains(AsAdmin.class)) {
            ear.addAsManifestResource("glassfish-application.xml");
        }
        return ear;
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.create(ZipImporter.class, jar.getName()).importFrom(jar).as(JavaArchive.class);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

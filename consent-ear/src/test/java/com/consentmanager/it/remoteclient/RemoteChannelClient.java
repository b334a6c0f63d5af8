package com.consentmanager.it.remoteclient;

import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.channel.boundary.RemoteChannelManagement;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A remote EJB client in its own JVM, as an application on another server would be: Payara's
 * gf-client.jar and consent-ejb-client.jar on its class path, nothing else of the server. It signs
 * in when CONSENT_REMOTE_USER and CONSENT_REMOTE_PASSWORD are set (Payara's client-side
 * ProgrammaticLogin: the credentials travel with each IIOP call and the server's default realm
 * checks them), looks the remote view up through the consent server's IIOP port, lists the
 * channels, then tries to add one. Prints one {@code name=value} line per step: {@code login},
 * {@code list} and {@code create}, each with the result or {@code refused:<exception class>}.
 * Started by RemoteCallersIT, never part of the product.
 *
 * <p>Arguments: host, IIOP port.
 */
public final class RemoteChannelClient {

    private RemoteChannelClient() {
    }

    public static void main(String[] arguments) throws Exception {
        String user = System.getenv("CONSENT_REMOTE_USER");
        if (user != null) {
            System.out.println("login=" + login(user, System.getenv("CONSENT_REMOTE_PASSWORD")));
        }
        Properties environment = new Properties();
        environment.setProperty("org.omg.CORBA.ORBInitialHost", arguments[0]);
        environment.setProperty("org.omg.CORBA.ORBInitialPort", arguments[1]);
        RemoteChannelManagement channels;
        try {
            channels = (RemoteChannelManagement) new InitialContext(environment).lookup(RemoteChannelManagement.JNDI_NAME);
        } catch (NamingException e) {
            // An anonymous caller is refused as soon as the lookup asks the bean for a reference.
            System.out.println("list=refused:" + rootCause(e).getClass().getName());
            System.exit(0);
            return;
        }
        try {
            System.out.println("list=" + channels.listChannels().stream().map(ChannelView::getKey).collect(Collectors.joining(",")));
        } catch (RuntimeException e) {
            System.out.println("list=refused:" + e.getClass().getName());
        }
        try {
            System.out.println("create=" + channels.createChannel(
                    NewChannel.named("Remote JVM " + UUID.randomUUID().toString().substring(0, 8))).getKey());
        } catch (RuntimeException e) {
            System.out.println("create=refused:" + e.getClass().getName());
        }
        // The client ORB keeps non-daemon threads: end the JVM explicitly.
        System.exit(0);
    }

    /** Payara's client login, called reflectively so that the tests compile without Payara's jars. */
    private static Object login(String user, String password) throws ReflectiveOperationException {
        Class<?> login = Class.forName("com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin");
        return login.getMethod("login", String.class, char[].class)
                .invoke(login.getConstructor().newInstance(), user, password.toCharArray());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

package com.consentmanager.it.messageapp;

import com.consentmanager.gate.boundary.AudiencePage;
import com.consentmanager.gate.boundary.Contact;
import com.consentmanager.gate.boundary.GateAnswer;
import com.consentmanager.gate.boundary.RemoteGate;
import com.consentmanager.gate.boundary.UnsubscribeHeaders;
import com.consentmanager.profile.boundary.ProfileReference;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.Principal;
import java.util.stream.Collectors;

/**
 * The "Message" stand-in asking the contact gate through its remote view and global JNDI name
 * ({@link RemoteGate#JNDI_NAME}), as its own caller. {@code .../gate?channel=&purpose=&email=} asks
 * about one person and answers {@code allowed} and {@code reason}; {@code .../audience?channel=&purpose=&max=}
 * reads the first audience page and answers {@code contacts} (their emails, in order) and
 * {@code next} (the cursor, empty on the last page). A refusal answers {@code refused} with the
 * exception's class. Deployed by RemoteCallersIT in message-app.war, never in the product.
 */
@WebServlet({"/signed-in/gate", "/anonymous/gate", "/signed-in/audience", "/anonymous/audience", "/signed-in/unsubscribe"})
public class GateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        Principal caller = request.getUserPrincipal();
        out.println("caller=" + (caller == null ? "" : caller.getName()));
        String channel = request.getParameter("channel");
        String purpose = request.getParameter("purpose");
        try {
            RemoteGate gate = (RemoteGate) new InitialContext().lookup(RemoteGate.JNDI_NAME);
            if (request.getServletPath().endsWith("/audience")) {
                AudiencePage page = gate.audience(purpose, channel, null, Integer.parseInt(request.getParameter("max")));
                out.println("contacts=" + page.getContacts().stream().map(Contact::getEmail).collect(Collectors.joining(",")));
                out.println("next=" + (page.getNextAfter() == null ? "" : page.getNextAfter()));
            } else if (request.getServletPath().endsWith("/unsubscribe")) {
                UnsubscribeHeaders headers = gate.unsubscribeHeaders(ProfileReference.email(request.getParameter("email")), purpose, channel);
                out.println("listunsubscribe=" + headers.getListUnsubscribe());
                out.println("listunsubscribepost=" + headers.getListUnsubscribePost());
                out.println("preferencecentre=" + headers.getPreferenceCentre());
            } else {
                GateAnswer answer = gate.canContact(ProfileReference.email(request.getParameter("email")), purpose, channel);
                out.println("allowed=" + answer.isAllowed());
                out.println("reason=" + answer.getReason());
            }
        } catch (NamingException | RuntimeException e) {
            out.println("refused=" + e.getClass().getName());
        }
    }
}

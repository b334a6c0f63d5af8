package com.consentmanager.it.messageapp;

import com.consentmanager.channel.boundary.ChannelView;
import com.consentmanager.channel.boundary.NewChannel;
import com.consentmanager.channel.boundary.RemoteChannelManagement;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.Principal;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A stand-in for another EE application on the consent server ("Message"): it calls the channel
 * boundary through its remote view and global JNDI name, as its own caller. GET lists the
 * channels, POST tries to add one. It answers in plain text what the boundary did, one
 * {@code name=value} line each: {@code caller}, then {@code channels} or {@code refused} (the
 * exception's class) or {@code created}. Deployed by RemoteCallersIT as message-app.war, never in
 * the product. Under /signed-in/ its callers sign in (HTTP Basic, Payara's file realm, see its
 * web.xml); under /anonymous/ they do not.
 */
@WebServlet({"/signed-in/channels", "/anonymous/channels"})
public class ChannelsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, channels -> "channels=" + channels.listChannels().stream()
                .map(ChannelView::getKey).collect(Collectors.joining(",")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, channels -> "created=" + channels.createChannel(
                NewChannel.named("Message app " + UUID.randomUUID().toString().substring(0, 8))).getKey());
    }

    private interface Call {
        String on(RemoteChannelManagement channels);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Call call) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        Principal caller = request.getUserPrincipal();
        out.println("caller=" + (caller == null ? "" : caller.getName()));
        try {
            RemoteChannelManagement channels = (RemoteChannelManagement) new InitialContext()
                    .lookup(RemoteChannelManagement.JNDI_NAME);
            out.println(call.on(channels));
        } catch (NamingException | RuntimeException e) {
            out.println("refused=" + e.getClass().getName());
        }
    }
}

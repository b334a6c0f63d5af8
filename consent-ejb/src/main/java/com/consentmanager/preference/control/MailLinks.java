package com.consentmanager.preference.control;

import com.consentmanager.platform.Html;
import com.consentmanager.platform.Languages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What every mail about a person carries (GDPR Art. 7(3): withdrawing as easy as giving): the
 * {@code List-Unsubscribe} header (RFC 2369) with the one-click link and, when a mailbox reads
 * them, a mailto; {@code List-Unsubscribe-Post} (RFC 8058); and a footer with the link to the
 * preference centre. One personal link serves both: its one-click unsubscribe withdraws what the
 * mail was about, the same token opens the preference centre.
 */
@Dependent
public class MailLinks {

    private static final String TEXTS = "com.consentmanager.preference.control.mail";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    @Inject
    PreferenceLinks links;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consent.public-url", defaultValue = "http://localhost:8080/consent")
    String publicUrl;

    /** An address whose inbox the product reads for unsubscribe requests (see UnsubscribeMailbox); none by default. */
    @Inject
    @ConfigProperty(name = "consent.unsubscribe.mailto")
    Optional<String> mailto;

    /** The links of one mail: the header values and the preference centre's address. */
    public record Links(String listUnsubscribe, String listUnsubscribePost, String preferenceCentre) {
    }

    /** A new personal link for a mail about a purpose on a channel (both null: about everything). */
    public Links issue(long profileId, Long purposeId, Long channelId) {
        return of(links.issue(profileId, purposeId, channelId));
    }

    /**
     * A new personal link for a product mail (always on the email channel): about one purpose, or
     * about everything when {@code purposeId} is null.
     */
    public Links forMail(long profileId, Long purposeId) {
        Long email = purposeId == null ? null : ((Number) em.createNativeQuery("select id from channel where channel_key = 'email'")
                .getSingleResult()).longValue();
        return issue(profileId, purposeId, email);
    }

    Links of(String token) {
        String base = publicUrl.replaceAll("/+$", "");
        String oneClick = base + "/u/" + token;
        String header = "<" + oneClick + ">" + mailto.filter(address -> !address.isBlank())
                .map(address -> ", <mailto:" + address.strip() + "?subject=" + URLEncoder.encode("unsubscribe " + token,
                        StandardCharsets.UTF_8).replace("+", "%20") + ">")
                .orElse("");
        return new Links(header, ONE_CLICK, base + "/public/preferences.xhtml?token=" + token);
    }

    public void addHeaders(MimeMessage message, Links mail) throws MessagingException {
        message.setHeader("List-Unsubscribe", mail.listUnsubscribe());
        message.setHeader("List-Unsubscribe-Post", mail.listUnsubscribePost());
    }

    /** The footer's sentence in the mail's language, for the plain-text part. */
    public String footerText(Locale locale, Links mail) {
        return MessageFormat.format(texts(locale).getString("footer"), mail.preferenceCentre());
    }

    /** The footer for the HTML part: the sentence with the link, escaped. */
    public String footerHtml(Locale locale, Links mail) {
        ResourceBundle texts = texts(locale);
        String link = Html.escape(mail.preferenceCentre());
        return "<p style=\"font-size:13px;color:#4a4a4a\">" + Html.escape(texts.getString("footer.html"))
                + " <a href=\"" + link + "\" style=\"color:#1d4ed8\">" + Html.escape(texts.getString("footer.link")) + "</a></p>";
    }

    static ResourceBundle texts(Locale locale) {
        Locale used = Languages.isSupported(locale.getLanguage()) ? locale : Locale.forLanguageTag(Languages.DEFAULT);
        return ResourceBundle.getBundle(TEXTS, used, MailLinks.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

}

package com.consentmanager.preference.control;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MailLinksTest {

    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN_-0";

    private static MailLinks links(String publicUrl, String mailto) {
        MailLinks links = new MailLinks();
        links.publicUrl = publicUrl;
        links.mailto = Optional.ofNullable(mailto);
        return links;
    }

    @Test
    void theHeadersAreThoseOfRfc2369AndRfc8058() {
        MailLinks.Links mail = links("https://consent.example.org/consent/", null).of(TOKEN);

        assertThat(mail.listUnsubscribe()).isEqualTo("<https://consent.example.org/consent/u/" + TOKEN + ">");
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.preferenceCentre()).isEqualTo("https://consent.example.org/consent/public/preferences.xhtml?token=" + TOKEN);
    }

    @Test
    void aMailboxThatReadsRequestsIsAddedAsAMailtoAfterTheHttpsLink() {
        MailLinks.Links mail = links("https://consent.example.org/consent", " unsubscribe@example.org ").of(TOKEN);

        assertThat(mail.listUnsubscribe()).isEqualTo("<https://consent.example.org/consent/u/" + TOKEN + ">, "
                + "<mailto:unsubscribe@example.org?subject=unsubscribe%20" + TOKEN + ">");
        assertThat(links("https://x.example.org", "  ").of(TOKEN).listUnsubscribe()).doesNotContain("mailto");
    }

    @Test
    void theFooterSaysWithdrawingIsAsEasyAsGivingInBothLanguagesAndEscapesTheLink() {
        MailLinks links = links("https://x.example.org/c?a=1&b=2", null);
        MailLinks.Links mail = links.of(TOKEN);

        assertThat(links.footerText(Locale.FRENCH, mail)).contains("aussi simplement que vous l'avez donné").endsWith(mail.preferenceCentre());
        assertThat(links.footerText(Locale.ENGLISH, mail)).contains("as easily as you gave it");
        assertThat(links.footerHtml(Locale.ENGLISH, mail)).contains("href=\"https://x.example.org/c?a=1&amp;b=2/public/preferences.xhtml")
                .doesNotContain("&b=");
    }
}

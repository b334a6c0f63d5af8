package com.consentmanager.preference.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxRequestsTest {

    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN_-0";

    @Test
    void theSubjectTheMailtoPrefillsCarriesTheToken() {
        assertThat(MailboxRequests.token("unsubscribe " + TOKEN)).contains(TOKEN);
        assertThat(MailboxRequests.token("Re: UNSUBSCRIBE " + TOKEN)).as("a reply, another case").contains(TOKEN);
    }

    @Test
    void anythingElseIsNotARequest() {
        assertThat(MailboxRequests.token(null)).isEmpty();
        assertThat(MailboxRequests.token("Hello")).isEmpty();
        assertThat(MailboxRequests.token("unsubscribe " + TOKEN.substring(1))).as("too short").isEmpty();
        assertThat(MailboxRequests.token("unsubscribe " + TOKEN + "x")).as("too long").isEmpty();
        assertThat(MailboxRequests.token("subscribe " + TOKEN)).isEmpty();
    }
}

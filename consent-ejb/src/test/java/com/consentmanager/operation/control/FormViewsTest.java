package com.consentmanager.operation.control;

import com.consentmanager.operation.boundary.FormChannel;
import com.consentmanager.operation.boundary.FormPurpose;
import com.consentmanager.operation.boundary.FormView;
import com.consentmanager.purpose.entity.PurposeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormViewsTest {

    private static FormView form(boolean required, String wording) {
        FormPurpose news = new FormPurpose("news", PurposeKind.CONSENT, "a", 3, "Lettre", wording, "https://example.com/info.pdf",
                null, required, true, null, List.of(new FormChannel("email", "Email"), new FormChannel("sms", "SMS")));
        FormPurpose customers = new FormPurpose("customers", PurposeKind.LEGAL_BASIS, "f", 1, "Clients", "Nous vous écrivons.", null,
                "Opposez-vous à tout moment.", false, false, null, List.of(new FormChannel("email", "Email")));
        FormPurpose partner = new FormPurpose("partner_acme", PurposeKind.CONSENT, "a", 1, "Acme", "J’accepte Acme.", null, null,
                false, false, "Acme", List.of(new FormChannel("email", "Email")));
        return new FormView("summer", "Jeu de l’été", 0, "fr", null, true, List.of(news, customers, partner));
    }

    @Test
    void theRenderedContentNamesEveryPurposeWithItsVersionChannelsAndWhetherAnAnswerIsRequired() {
        String content = FormViews.render(form(true, "J’accepte la lettre."));

        assertThat(content).contains("operation: summer", "name: Jeu de l’été", "language: fr",
                "consent: news v3 (Art. 6(1)(a)), answer required", "wording: J’accepte la lettre.",
                "information: https://example.com/info.pdf", "channels: Email [email], SMS [sms]", "double opt-in: email",
                "notice: customers v1 (Art. 6(1)(f))", "additional text: Opposez-vous à tout moment.",
                "partner consent: partner_acme v1", "partner: Acme");
        assertThat(content.indexOf("news")).isLessThan(content.indexOf("customers")).isLessThan(content.indexOf("partner_acme"));
    }

    @Test
    void theSameFormRendersTheSameAndAnyChangeRendersDifferently() {
        assertThat(FormViews.render(form(true, "J’accepte."))).isEqualTo(FormViews.render(form(true, "J’accepte.")));
        assertThat(FormViews.render(form(false, "J’accepte."))).isNotEqualTo(FormViews.render(form(true, "J’accepte.")));
        assertThat(FormViews.render(form(true, "J’accepte !"))).isNotEqualTo(FormViews.render(form(true, "J’accepte.")));
    }

    @Test
    void sectionsSeparateConsentsNoticesAndPartnersAndAPhoneIsAskedForSms() {
        FormView form = form(false, "x");
        assertThat(form.getConsents()).extracting(FormPurpose::getKey).containsExactly("news");
        assertThat(form.getNotices()).extracting(FormPurpose::getKey).containsExactly("customers");
        assertThat(form.getPartnerConsents()).extracting(FormPurpose::getKey).containsExactly("partner_acme");
        assertThat(form.isPhoneAsked()).isTrue();
    }
}

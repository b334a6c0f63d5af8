package com.consentmanager.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyTest {

    @Test
    void withoutSettingsThePagesShowTheProductAndNoLogo() {
        Company company = new Company(null, null);
        assertThat(company.getName()).isEqualTo("Consent Manager");
        assertThat(company.getLogoUrl()).isNull();
        assertThat(company.isLogoUnderApplication()).isFalse();
        assertThat(new Company("  ", " ").getName()).isEqualTo("Consent Manager");
        assertThat(new Company("  ", " ").getLogoUrl()).isNull();
    }

    @Test
    void theCompanysNameAndAnAbsoluteLogoAreShownAsConfigured() {
        Company company = new Company(" Maison Dupont ", "https://cdn.example.com/logo.svg");
        assertThat(company.getName()).isEqualTo("Maison Dupont");
        assertThat(company.getLogoUrl()).isEqualTo("https://cdn.example.com/logo.svg");
        assertThat(company.isLogoUnderApplication()).isFalse();
    }

    @Test
    void aLogoUnderTheApplicationIsAPath() {
        Company company = new Company("Maison Dupont", "/resources/images/logo.png");
        assertThat(company.getLogoUrl()).isEqualTo("/resources/images/logo.png");
        assertThat(company.isLogoUnderApplication()).isTrue();
    }

    @Test
    void anyOtherLogoStopsTheApplicationNamingTheSetting() {
        for (String wrong : new String[] {"logo.png", "javascript:alert(1)", "ftp://example.com/logo.png", "//evil.example/logo.png",
                "/resources/../WEB-INF/web.xml", "https:///logo.png", "/a b.png"}) {
            assertThatThrownBy(() -> new Company("Maison Dupont", wrong)).as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("consent.company.logo-url");
        }
    }
}

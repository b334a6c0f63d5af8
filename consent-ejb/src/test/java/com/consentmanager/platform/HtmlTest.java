package com.consentmanager.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void escapesWhatHtmlReadsAsMarkupAndNothingElse() {
        assertThat(Html.escape("<a href=\"x\">l'offre & co</a> é"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;l&#39;offre &amp; co&lt;/a&gt; é");
    }
}

package com.consentmanager.profile.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileExportTest {

    @Test
    void exportNamesAreTheColumnsInCamelCase() {
        assertThat(ProfileExport.camelCase("source_reference")).isEqualTo("sourceReference");
        assertThat(ProfileExport.camelCase("email")).isEqualTo("email");
    }
}

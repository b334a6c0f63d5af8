package com.consentmanager.api;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiResourceTest {

    private static final MediaType YAML = new MediaType("application", "yaml");
    private static final MediaType ANY = new MediaType("*", "*");

    @Test
    void aCallerThatAsksForYamlFirstGetsYaml() {
        assertThat(OpenApiResource.prefersYaml(List.of(YAML))).isTrue();
        assertThat(OpenApiResource.prefersYaml(List.of(new MediaType("text", "yaml"), MediaType.APPLICATION_JSON_TYPE))).isTrue();
        assertThat(OpenApiResource.prefersYaml(List.of(new MediaType("Application", "X-YAML")))).isTrue();
    }

    @Test
    void anyOtherCallerGetsJson() {
        assertThat(OpenApiResource.prefersYaml(List.of(ANY))).isFalse();
        assertThat(OpenApiResource.prefersYaml(List.of())).isFalse();
        assertThat(OpenApiResource.prefersYaml(List.of(MediaType.APPLICATION_JSON_TYPE, YAML))).isFalse();
        assertThat(OpenApiResource.prefersYaml(List.of(ANY, YAML))).isFalse();
        assertThat(OpenApiResource.prefersYaml(List.of(MediaType.TEXT_HTML_TYPE))).isFalse();
    }
}

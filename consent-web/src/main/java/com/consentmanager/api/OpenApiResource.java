package com.consentmanager.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's OpenAPI document, open to anyone: {@code openapi.json}, {@code openapi.yaml}, and
 * {@code openapi} in the format the caller accepts (YAML when it prefers a YAML type, else JSON).
 * The build writes both files into the war from the annotations (smallrye-open-api-maven-plugin),
 * so every server (Payara, WildFly) serves the same document, whatever its own OpenAPI support.
 */
@ApplicationScoped
@Path("v1")
@PublicRoute
public class OpenApiResource {

    static final String JSON_FILE = "/openapi/openapi.json";
    static final String YAML_FILE = "/openapi/openapi.yaml";
    static final String YAML = "application/yaml";

    private static final Set<String> YAML_TYPES = Set.of(YAML, "application/x-yaml", "text/yaml", "text/x-yaml");

    /** The two files, read once. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @GET
    @Path("openapi.json")
    @Operation(hidden = true)
    public Response json() {
        return Response.ok(files.computeIfAbsent(JSON_FILE, OpenApiResource::read), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("openapi.yaml")
    @Operation(hidden = true)
    public Response yaml() {
        return Response.ok(files.computeIfAbsent(YAML_FILE, OpenApiResource::read), YAML).build();
    }

    @GET
    @Path("openapi")
    @Operation(hidden = true)
    public Response negotiated(@Context HttpHeaders headers) {
        return prefersYaml(headers.getAcceptableMediaTypes()) ? yaml() : json();
    }

    /**
     * The first acceptable type (most preferred first) that one of the formats answers decides; a
     * wildcard means JSON, and so does a list that names neither.
     */
    static boolean prefersYaml(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (YAML_TYPES.contains((accepted.getType() + "/" + accepted.getSubtype()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(String file) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing: the build writes it (smallrye-open-api-maven-plugin)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

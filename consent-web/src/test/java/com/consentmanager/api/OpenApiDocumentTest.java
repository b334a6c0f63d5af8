package com.consentmanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the build writes into the war ({@code openapi/openapi.json} and
 * {@code .yaml}, see consent-web's pom), read as a client would: valid for an outside validator,
 * and saying what each route really answers.
 */
class OpenApiDocumentTest {

    private static final Set<String> OPENAPI_3_ROOT = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");
    private static final String API_PACKAGE = "com.consentmanager.api";

    private static String json;
    private static String yaml;
    private static OpenAPI document;

    @BeforeAll
    static void read() {
        json = resource(OpenApiResource.JSON_FILE);
        yaml = resource(OpenApiResource.YAML_FILE);
        document = parse(json).getOpenAPI();
    }

    @Test
    void bothFormatsPassTheValidatorWithoutAMessage() {
        SwaggerParseResult fromJson = parse(json);
        SwaggerParseResult fromYaml = parse(yaml);

        assertThat(fromJson.getMessages()).isEmpty();
        assertThat(fromYaml.getMessages()).isEmpty();
        assertThat(fromJson.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(fromYaml.getOpenAPI()).isEqualTo(fromJson.getOpenAPI());
    }

    @Test
    void theRootHoldsOnlyOpenApi3Properties() throws IOException {
        JsonNode root = Json.mapper().readTree(json);

        assertThat(root.fieldNames()).toIterable().isSubsetOf(OPENAPI_3_ROOT).contains("openapi", "info", "paths");
    }

    @Test
    void tagsAreDeclaredOnceAndEachOperationHasExactlyOneOfThem() {
        List<String> declared = document.getTags().stream().map(Tag::getName).toList();

        assertThat(declared).doesNotHaveDuplicates();
        assertThat(document.getTags()).allSatisfy(tag -> assertThat(tag.getDescription()).isNotBlank());
        operations().forEach((name, operation) ->
                assertThat(operation.getTags()).as(name).hasSize(1).allSatisfy(tag -> assertThat(declared).contains(tag)));
    }

    @Test
    void everyOperationSaysWhatItAnswersWhenItWorksAndWhenTheCallerIsNotAllowed() {
        operations().forEach((name, operation) -> {
            assertThat(operation.getResponses().keySet()).as(name).doesNotContain("default").anyMatch(code -> code.startsWith("2"));
            if (!isPublic(operation)) {
                assertThat(operation.getResponses().keySet()).as(name).contains("401", "403");
            }
        });
        assertThat(operations().values().stream().filter(OpenApiDocumentTest::isPublic))
                .as("only the receipts route is open without a key").hasSize(1);
    }

    /** An operation open without a key says so ({@code x-public}); ApiAccessFilter opens only @PublicRoute classes. */
    private static boolean isPublic(io.swagger.v3.oas.models.Operation operation) {
        return operation.getExtensions() != null && "true".equals(String.valueOf(operation.getExtensions().get("x-public")));
    }

    @Test
    void errorAnswersAreProblemJson() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("4")) {
                Map<String, MediaType> content = resolve(response).getContent();
                assertThat(content).as(name + " " + code).containsOnlyKeys("application/problem+json");
                assertThat(content.get("application/problem+json").getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
            }
        }));
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "code", "errors");
    }

    @Test
    void successAnswersWithABodyDescribeIt() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") && !code.equals("204")) {
                assertThat(response.getContent()).as(name + " " + code).isNotEmpty();
                response.getContent().forEach((type, media) -> assertThat(media.getSchema()).as(name + " " + code + " " + type).isNotNull());
            }
        }));
    }

    @Test
    void apiKeysAndConsoleUsersAreTheTwoWaysToSignIn() {
        Map<String, SecurityScheme> schemes = document.getComponents().getSecuritySchemes();

        assertThat(schemes.get("bearer").getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(schemes.get("bearer").getScheme()).isEqualTo("bearer");
        assertThat(schemes.get("basic").getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(schemes.get("basic").getScheme()).isEqualTo("basic");
        // Two requirements, each enough on its own: alternatives, not both at once.
        assertThat(document.getSecurity()).extracting(SecurityRequirement::keySet)
                .containsExactlyInAnyOrder(Set.of("bearer"), Set.of("basic"));
        assertThat(operations().get("POST /api/v1/profiles/erasures").getSecurity())
                .extracting(SecurityRequirement::keySet).containsExactly(Set.of("basic"));
    }

    @Test
    void theImportIsAMultipartUploadWithABinaryFilePart() {
        Operation upload = operations().get("POST /api/v1/imports");
        MediaType multipart = upload.getRequestBody().getContent().get("multipart/form-data");

        assertThat(upload.getRequestBody().getContent()).containsOnlyKeys("multipart/form-data");
        assertThat(multipart.getSchema().getType()).isEqualTo("object");
        assertThat(multipart.getSchema().getRequired()).containsExactly("file");
        Map<String, Schema> parts = multipart.getSchema().getProperties();
        assertThat(parts).containsKeys("file", "dryRun", "emptyDeletes", "allOrNothing", "dateOrder", "timeZone", "mapping");
        assertThat(parts.get("file").getType()).isEqualTo("string");
        assertThat(parts.get("file").getFormat()).isEqualTo("binary");
        assertThat(parts.get("dryRun").getType()).isEqualTo("boolean");
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        Set<String> hidden = new TreeSet<>();
        for (Method method : resourceMethods()) {
            String route = httpMethod(method) + " " + path(method);
            org.eclipse.microprofile.openapi.annotations.Operation operation =
                    method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
            (operation != null && operation.hidden() ? hidden : routes).add(route);
        }

        assertThat(routes).hasSizeGreaterThan(40);
        assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(routes);
        // Only the document's own routes stay out of it.
        assertThat(hidden).containsExactlyInAnyOrder("GET /api/v1/openapi", "GET /api/v1/openapi.json", "GET /api/v1/openapi.yaml");
    }

    /** Every operation of the document, named "METHOD /path". */
    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    private static ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return document.getComponents().getResponses().get(name);
    }

    private static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + ", written by smallrye-open-api-maven-plugin at process-classes").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JAX-RS methods of the API's classes, found in the compiled classes as the server finds them. */
    private static List<Method> resourceMethods() {
        List<Method> methods = new ArrayList<>();
        try {
            Path classes = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve(API_PACKAGE.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        Stream.of(type.getDeclaredMethods()).filter(method -> httpMethod(method) != null).forEach(methods::add);
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        return Stream.of(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst().orElse(null);
    }

    /** The route as the document names it: application path, class path, method path, templates without regular expressions. */
    private static String path(Method method) {
        String application = ApiApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        jakarta.ws.rs.Path onMethod = method.getAnnotation(jakarta.ws.rs.Path.class);
        String path = "/" + application + "/" + method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Path.class).value()
                + (onMethod == null ? "" : "/" + onMethod.value());
        return path.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}

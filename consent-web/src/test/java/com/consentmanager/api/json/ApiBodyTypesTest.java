package com.consentmanager.api.json;

import com.consentmanager.api.ApiApplication;
import com.consentmanager.api.channel.ChannelInput;
import com.consentmanager.api.operation.FormSettingsInput;
import com.consentmanager.api.profile.SubmissionJson;
import com.consentmanager.api.purpose.PurposeInput;
import com.consentmanager.operation.boundary.FormSubmission;
import com.consentmanager.operation.boundary.OperationDraft;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every JSON body a resource of the API takes goes through the strict reading, which knows how to check its type. */
class ApiBodyTypesTest {

    private static final MediaType JSON = new MediaType("application", "json");

    @Test
    void everyJsonBodyOfTheApiIsReadStrictly() throws Exception {
        StrictJsonReader reader = new StrictJsonReader();
        Set<Type> bodies = new LinkedHashSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getMethods()) {
                if (isResourceMethod(method) && consumesJson(resource, method)) {
                    Arrays.stream(method.getParameters()).filter(ApiBodyTypesTest::isEntity).forEach(body -> {
                        assertThat(reader.isReadable(body.getType(), body.getParameterizedType(), body.getAnnotations(), JSON))
                                .as(resource.getSimpleName() + "." + method.getName()).isTrue();
                        assertThatCode(() -> JsonShape.describe(body.getParameterizedType()))
                                .as(resource.getSimpleName() + "." + method.getName()).doesNotThrowAnyException();
                        bodies.add(body.getParameterizedType());
                    });
                }
            }
        }
        assertThat(bodies).as("the scan found the API's bodies").contains(ChannelInput.class, PurposeInput.class, SubmissionJson.class,
                OperationDraft.class, FormSettingsInput.class, FormSubmission.class).hasSizeGreaterThanOrEqualTo(14);
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/consentmanager/api"))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiBodyTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean consumesJson(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_JSON);
    }

    /** The parameter JAX-RS fills from the body: the one without a JAX-RS annotation (@PathParam, @QueryParam, @Context...). */
    private static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(annotation -> {
            String name = annotation.annotationType().getPackageName();
            return name.startsWith("jakarta.ws.rs");
        });
    }
}

package com.consentmanager.api.json;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The properties JSON-B fills when it reads a class, by JSON name, with their Java types: a
 * record's components (JSON-B binds a record through its canonical constructor); otherwise the
 * public setters and the public non-static, non-transient fields (JSON-B's default visibility), a
 * setter's type winning over its field's. {@code @JsonbProperty} renames and {@code @JsonbTransient}
 * removes, as in JSON-B. Any other JSON-B annotation (a creator, an adapter, a deserializer, a
 * date or number format) changes what JSON-B accepts in a way the strict reading does not model:
 * describing such a class fails, so that the reading is taught the annotation before it is used.
 */
final class JsonbProperties {

    private static final String JSONB_ANNOTATIONS = JsonbProperty.class.getPackageName();
    private static final Set<Class<? extends Annotation>> UNDERSTOOD =
            Set.of(JsonbProperty.class, JsonbTransient.class, JsonbPropertyOrder.class, JsonbNillable.class);

    private static final ClassValue<Map<String, Type>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            return describe(type);
        }
    };

    private JsonbProperties() {
    }

    /** JSON name to Java type; an {@link IllegalStateException} for a class JSON-B reads in a way not modelled here. */
    static Map<String, Type> of(Class<?> type) {
        return PROPERTIES.get(type);
    }

    private static Map<String, Type> describe(Class<?> type) {
        refuseUnknownAnnotations(type);
        Map<String, Type> byJavaName = new LinkedHashMap<>();
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).forEach(component -> byJavaName.put(component.getName(), component.getGenericType()));
        } else {
            Arrays.stream(type.getFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers()))
                    .forEach(field -> byJavaName.put(field.getName(), field.getGenericType()));
            Arrays.stream(type.getMethods()).filter(JsonbProperties::isSetter)
                    .forEach(setter -> byJavaName.put(propertyName(setter), setter.getGenericParameterTypes()[0]));
        }
        Map<String, Type> byJsonName = new LinkedHashMap<>();
        byJavaName.forEach((name, javaType) -> {
            List<AnnotatedElement> places = places(type, name);
            if (places.stream().noneMatch(place -> place.isAnnotationPresent(JsonbTransient.class))) {
                String jsonName = places.stream().map(place -> place.getAnnotation(JsonbProperty.class))
                        .filter(property -> property != null && !property.value().isEmpty())
                        .map(JsonbProperty::value).findFirst().orElse(name);
                byJsonName.put(jsonName, javaType);
            }
        });
        return Collections.unmodifiableMap(byJsonName);
    }

    private static boolean isSetter(Method method) {
        return method.getName().length() > 3 && method.getName().startsWith("set") && method.getParameterCount() == 1
                && !Modifier.isStatic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic();
    }

    private static String propertyName(Method setter) {
        String name = setter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Where JSON-B looks for a property's annotations when it reads: its field (a record component's too) and its setter. */
    private static List<AnnotatedElement> places(Class<?> type, String name) {
        List<AnnotatedElement> places = new ArrayList<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            Arrays.stream(level.getDeclaredFields()).filter(field -> field.getName().equals(name)).findFirst().ifPresent(places::add);
        }
        Arrays.stream(type.getMethods()).filter(method -> isSetter(method) && propertyName(method).equals(name)).forEach(places::add);
        return places;
    }

    private static void refuseUnknownAnnotations(Class<?> type) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(level));
            elements.addAll(List.of(level.getDeclaredFields()));
            elements.addAll(List.of(level.getDeclaredMethods()));
            elements.addAll(List.of(level.getDeclaredConstructors()));
            if (level.isRecord()) {
                elements.addAll(List.of(level.getRecordComponents()));
            }
            Optional<Annotation> unknown = elements.stream()
                    .flatMap(element -> Stream.concat(Arrays.stream(element.getAnnotations()), parameterAnnotations(element)))
                    .filter(annotation -> annotation.annotationType().getPackageName().equals(JSONB_ANNOTATIONS)
                            && !UNDERSTOOD.contains(annotation.annotationType()))
                    .findFirst();
            if (unknown.isPresent()) {
                throw new IllegalStateException("The strict JSON reading does not model @" + unknown.get().annotationType().getSimpleName()
                        + " (in " + level.getName() + "): teach it to JsonbProperties first");
            }
        }
    }

    private static Stream<Annotation> parameterAnnotations(AnnotatedElement element) {
        return element instanceof Executable executable
                ? Arrays.stream(executable.getParameterAnnotations()).flatMap(Arrays::stream) : Stream.empty();
    }
}

package com.consentmanager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules a reviewer would otherwise check by hand, read from the sources: one door for the
 * ledger (DOMAIN.md rule 11), one place that creates profiles, features that do not import each other
 * in circles, and CDI helpers in {@code control} packages, not in {@code boundary} ones.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern FEATURE_IMPORT = Pattern.compile("^import (?:static )?com\\.consentmanager\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern CDI_SCOPE = Pattern.compile("^@(Dependent|ApplicationScoped|RequestScoped|SessionScoped)\\b", Pattern.MULTILINE);

    private static Map<Path, String> sources;

    @BeforeAll
    static void read() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file), Files.readString(file));
            }
        }
        assertThat(sources).as("the sources are found from the module's folder").hasSizeGreaterThan(100);
    }

    @Test
    void onlyTheLedgerWritesStatusesAndEvidence() {
        assertThat(writers("insert into consent_event", "insert into consent_status", "update consent_status",
                "delete from consent_status", "update consent_event", "delete from consent_event"))
                .containsOnly("com/consentmanager/profile/control/Ledger.java", "com/consentmanager/profile/control/BulkLedger.java");
        List<String> persisting = new ArrayList<>();
        sources.forEach((file, text) -> {
            boolean persistsNew = Pattern.compile("\\.(persist|merge|remove)\\(\\s*new ConsentEvent\\b").matcher(text).find();
            Matcher variable = Pattern.compile("\\bConsentEvent\\s+(\\w+)\\s*[=;,)]").matcher(text);
            boolean persistsVariable = false;
            while (variable.find()) {
                persistsVariable |= Pattern.compile("\\.(persist|merge|remove)\\(\\s*" + variable.group(1) + "\\b").matcher(text).find();
            }
            if ((persistsNew || persistsVariable) && !file.endsWith("Ledger.java")) {
                persisting.add(file.toString());
            }
        });
        assertThat(persisting).as("classes that persist evidence events themselves").isEmpty();
    }

    @Test
    void profilesAreCreatedInOnePlace() {
        assertThat(writers("insert into profile ", "insert into profile(")).containsOnly("com/consentmanager/profile/control/ProfileStore.java");
    }

    @Test
    void featuresDoNotImportEachOtherInCircles() {
        Map<String, Set<String>> imports = new TreeMap<>();
        sources.forEach((file, text) -> {
            String feature = file.getName(2).toString();
            Matcher imported = FEATURE_IMPORT.matcher(text);
            while (imported.find()) {
                String target = imported.group(1);
                if (!target.equals(feature) && !target.equals("platform")) {
                    imports.computeIfAbsent(feature, f -> new TreeSet<>()).add(target);
                }
            }
        });
        assertThat(cycles(imports)).as("features that reach themselves through others: " + imports).isEmpty();
    }

    @Test
    void cdiHelpersLiveInControlPackagesNotBoundaries() {
        List<String> misplaced = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (file.toString().contains("/boundary/") && CDI_SCOPE.matcher(text).find()) {
                misplaced.add(file.toString());
            }
        });
        assertThat(misplaced).isEmpty();
    }

    /** Files whose text (lower-cased, white space folded) contains any of the statements. */
    private static Set<String> writers(String... statements) {
        Set<String> found = new TreeSet<>();
        sources.forEach((file, text) -> {
            String folded = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (String statement : statements) {
                if (folded.contains(statement)) {
                    found.add(file.toString().replace('\\', '/'));
                }
            }
        });
        return found;
    }

    /** Each feature from which an import path leads back to it. */
    private static Set<String> cycles(Map<String, Set<String>> imports) {
        Set<String> cyclic = new TreeSet<>();
        for (String start : imports.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> next = new ArrayList<>(imports.get(start));
            while (!next.isEmpty()) {
                String feature = next.remove(next.size() - 1);
                if (feature.equals(start)) {
                    cyclic.add(start);
                    break;
                }
                if (seen.add(feature)) {
                    next.addAll(imports.getOrDefault(feature, Set.of()));
                }
            }
        }
        return cyclic;
    }
}

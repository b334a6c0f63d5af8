package com.consentmanager.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes never reach a page raw: every audit action that consent-ejb records, and every built-in
 * activity type, has a French and an English label; the codes are read from consent-ejb's sources
 * and migrations as text, so a new action without a label fails here.
 */
class CodeLabelsTest {

    private static final Path EJB = Path.of("../consent-ejb/src/main");
    private static final Pattern AUDIT_FIELD = Pattern.compile("\\bAuditLog\\s+(\\w+)\\s*;");
    /** First argument (parentheses balanced one level deep), then the action. */
    private static final Pattern ACTION_ARGUMENT = Pattern.compile("\\(\\s*(?:[^,()]|\\([^()]*\\))+,\\s*([^,]+),");
    private static final Pattern LITERAL_CODE = Pattern.compile("\"([a-z][a-z_]*(?:\\.[a-z_]+)+)\"");
    private static final Pattern BUILT_IN_TYPE = Pattern.compile("\\('([A-Z][A-Z0-9_]+)', true, (?:true|false)\\)");

    private static final Set<String> actions = new TreeSet<>();
    private static final List<String> notLiteral = new ArrayList<>();

    @BeforeAll
    static void readAuditCalls() throws IOException {
        try (Stream<Path> files = Files.walk(EJB.resolve("java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher field = AUDIT_FIELD.matcher(source);
                while (field.find()) {
                    Matcher call = Pattern.compile("\\b" + field.group(1) + "\\.record(?=\\()").matcher(source);
                    while (call.find()) {
                        Matcher argument = ACTION_ARGUMENT.matcher(source).region(call.end(), source.length());
                        Matcher literal = argument.lookingAt() ? LITERAL_CODE.matcher(argument.group(1).strip()) : null;
                        if (literal != null && literal.matches()) {
                            actions.add(literal.group(1));
                        } else {
                            notLiteral.add(file.getFileName() + ": " + source.substring(call.start(),
                                    Math.min(source.length(), call.end() + 80)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyAuditActionRecordedByConsentEjbHasAFrenchAndAnEnglishLabel() throws IOException {
        assertThat(actions).as("audit actions found in consent-ejb").contains("channel.updated", "purpose.created", "expiry.run")
                .hasSizeGreaterThan(25);

        assertThat(unlabelled(actions, CodeLabels.AUDIT_ACTION, "text.properties")).as("without an English label").isEmpty();
        assertThat(unlabelled(actions, CodeLabels.AUDIT_ACTION, "text_fr.properties")).as("without a French label").isEmpty();
    }

    @Test
    void everyAuditRecordNamesItsActionAsALiteralCode() {
        assertThat(notLiteral).as("audit calls whose action this test cannot read").isEmpty();
    }

    @Test
    void everyBuiltInActivityTypeHasAFrenchAndAnEnglishLabel() throws IOException {
        String migration = Files.readString(EJB.resolve("resources/db/migration/V13__expiry.sql"));
        Set<String> types = new TreeSet<>();
        Matcher type = BUILT_IN_TYPE.matcher(migration);
        while (type.find()) {
            types.add(type.group(1));
        }
        assertThat(types).contains("CLICK", "ORDER", "EMAIL_OPEN");

        assertThat(unlabelled(types, CodeLabels.ACTIVITY_TYPE, "text.properties")).as("without an English label").isEmpty();
        assertThat(unlabelled(types, CodeLabels.ACTIVITY_TYPE, "text_fr.properties")).as("without a French label").isEmpty();
    }

    @Test
    void aCodeIsShownByItsLabelInThePageLanguage() {
        assertThat(CodeLabels.label(bundle(Locale.FRENCH), CodeLabels.AUDIT_ACTION, "channel.updated"))
                .isEqualTo("Modification d’un canal");
        assertThat(CodeLabels.label(bundle(Locale.ENGLISH), CodeLabels.AUDIT_ACTION, "channel.updated"))
                .isEqualTo("Channel changed");
        assertThat(CodeLabels.label(bundle(Locale.FRENCH), CodeLabels.ACTIVITY_TYPE, "CLICK")).isEqualTo("Clic dans un message");
        assertThat(CodeLabels.label(bundle(Locale.ENGLISH), CodeLabels.ACTIVITY_TYPE, "ORDER")).isEqualTo("Order");
    }

    @Test
    void aCodeWithoutALabelShowsAsItself() {
        assertThat(CodeLabels.label(bundle(Locale.FRENCH), CodeLabels.ACTIVITY_TYPE, "LOYALTY_VISIT")).isEqualTo("LOYALTY_VISIT");
        assertThat(CodeLabels.label(bundle(Locale.ENGLISH), CodeLabels.AUDIT_ACTION, "thing.done")).isEqualTo("thing.done");
        assertThat(CodeLabels.label(bundle(Locale.ENGLISH), CodeLabels.AUDIT_ACTION, null)).isEmpty();
    }

    private static Set<String> unlabelled(Set<String> codes, String prefix, String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CodeLabelsTest.class.getResourceAsStream("/com/consentmanager/web/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        codes.stream().filter(code -> texts.getProperty(prefix + code, "").isBlank()).forEach(missing::add);
        return missing;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("com.consentmanager.web.text", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}

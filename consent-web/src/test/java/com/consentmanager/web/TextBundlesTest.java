package com.consentmanager.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's texts in French and English say the same things: one key set in both files (the
 * English one is the base bundle, {@code text_en} stays empty), and every MessageFormat pattern
 * writes its apostrophes as {@code ''}, so that none vanishes from the screen; and one vocabulary,
 * the seed's: a consent or a legal basis ("consentements et bases légales" together), never
 * "base juridique" nor "purposes".
 */
class TextBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("text.properties");
        Properties french = load("text_fr.properties");

        assertThat(english).hasSizeGreaterThan(500);
        assertThat(difference(english, french)).as("English keys without French").isEmpty();
        assertThat(difference(french, english)).as("French keys without English").isEmpty();
        assertThat(load("text_en.properties")).as("English lives in the base bundle").isEmpty();
    }

    @Test
    void patternsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : new String[] {"text.properties", "text_fr.properties"}) {
            Properties texts = load(file);
            Set<String> broken = new TreeSet<>();
            texts.stringPropertyNames().stream()
                    .filter(key -> ARGUMENT.matcher(texts.getProperty(key)).find())
                    .filter(key -> LONE_APOSTROPHE.matcher(texts.getProperty(key)).find())
                    .forEach(broken::add);
            assertThat(broken).as(file).isEmpty();
            texts.stringPropertyNames().stream()
                    .filter(key -> ARGUMENT.matcher(texts.getProperty(key)).find())
                    .forEach(key -> assertThat(new MessageFormat(texts.getProperty(key)).format(new Object[] {"x", "y", "z", "w"}))
                            .as(file + " " + key).doesNotContain("{0}"));
        }
    }

    @Test
    void theConsoleSaysConsentAndLegalBasisNeverAWordForBoth() throws IOException {
        assertThat(saying(load("text_fr.properties"), "juridique")).as("French texts saying 'base juridique'").isEmpty();
        assertThat(saying(load("text.properties"), "purposes")).as("English texts saying 'purposes'").isEmpty();
        assertThat(load("text_fr.properties").getProperty("console.nav.purposes")).isEqualTo("Consentements et bases légales");
        assertThat(load("text_fr.properties").getProperty("purpose.created.CONSENT")).startsWith("Consentement ");
        assertThat(saying(load("text_fr.properties"), "case à cocher")).as("a legal basis has no checkbox")
                .noneMatch(key -> key.endsWith("LEGAL_BASIS"));
    }

    private static Set<String> saying(Properties texts, String word) {
        Set<String> keys = new TreeSet<>();
        texts.stringPropertyNames().stream()
                .filter(key -> texts.getProperty(key).toLowerCase(Locale.ROOT).contains(word))
                .forEach(keys::add);
        return keys;
    }

    private static Set<String> difference(Properties some, Properties others) {
        Set<String> keys = new TreeSet<>(some.stringPropertyNames());
        keys.removeAll(others.stringPropertyNames());
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream("/com/consentmanager/web/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}

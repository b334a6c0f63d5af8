package com.consentmanager.web.purpose;

import com.consentmanager.platform.Languages;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeVersionView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a purpose's texts: per language and field, the text before
 * and after, each cut around the changed part so that a page can highlight it. The changed part is
 * widened to whole words: "Recevez nos offres" → "Recevez nos promotions" highlights "offres" and
 * "promotions", not "off" and "pr...".
 */
public final class VersionDiff {

    /** The fields of a version's texts, in the order the editor shows them. */
    static final Map<String, Function<PurposeTextView, String>> FIELDS = fields();

    private VersionDiff() {
    }

    /** Every field that differs, French first; empty when the versions say the same. */
    public static List<Change> between(PurposeVersionView before, PurposeVersionView after) {
        Set<String> languages = new LinkedHashSet<>(Languages.ALL);
        languages.addAll(before.getTexts().keySet());
        languages.addAll(after.getTexts().keySet());
        List<Change> changes = new ArrayList<>();
        for (String language : languages) {
            PurposeTextView old = before.getTexts().get(language);
            PurposeTextView now = after.getTexts().get(language);
            FIELDS.forEach((field, value) -> {
                String was = old == null ? null : value.apply(old);
                String is = now == null ? null : value.apply(now);
                if (!Objects.equals(was, is)) {
                    changes.add(change(language, field, was, is));
                }
            });
        }
        return changes;
    }

    static Change change(String language, String field, String before, String after) {
        String was = Objects.toString(before, "");
        String is = Objects.toString(after, "");
        int prefix = 0;
        int shortest = Math.min(was.length(), is.length());
        while (prefix < shortest && was.charAt(prefix) == is.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix
                && was.charAt(was.length() - 1 - suffix) == is.charAt(is.length() - 1 - suffix)) {
            suffix++;
        }
        while (prefix > 0 && !(boundary(was, prefix) && boundary(is, prefix))) {
            prefix--;
        }
        while (suffix > 0 && !(boundary(was, was.length() - suffix) && boundary(is, is.length() - suffix))) {
            suffix--;
        }
        return new Change(language, field, before == null, after == null,
                Segments.cut(was, prefix, suffix), Segments.cut(is, prefix, suffix));
    }

    /** Whether a cut at this position falls between words rather than inside one. */
    private static boolean boundary(String text, int position) {
        return position == 0 || position == text.length()
                || Character.isWhitespace(text.charAt(position - 1)) || Character.isWhitespace(text.charAt(position));
    }

    private static Map<String, Function<PurposeTextView, String>> fields() {
        Map<String, Function<PurposeTextView, String>> fields = new LinkedHashMap<>();
        fields.put("subject", PurposeTextView::getSubject);
        fields.put("infoUrl", PurposeTextView::getInfoUrl);
        fields.put("additionalText", PurposeTextView::getAdditionalText);
        fields.put("wording", PurposeTextView::getWording);
        return fields;
    }

    /**
     * One changed field: {@code missingBefore}/{@code missingAfter} say that the field (or the whole
     * language) had no text on that side.
     */
    public record Change(String language, String field, boolean missingBefore, boolean missingAfter,
                         Segments before, Segments after) implements Serializable {
    }

    /** A text cut in three: the part shared with the other side, the changed part, the shared end. */
    public record Segments(String start, String changed, String end) implements Serializable {

        static Segments cut(String text, int prefix, int suffix) {
            int from = Math.min(prefix, text.length());
            int to = Math.max(from, text.length() - suffix);
            return new Segments(text.substring(0, from), text.substring(from, to), text.substring(to));
        }
    }
}

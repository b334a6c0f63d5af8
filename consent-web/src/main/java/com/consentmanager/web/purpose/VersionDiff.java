package com.consentmanager.web.purpose;

import com.consentmanager.platform.Html;
import com.consentmanager.platform.Languages;
import com.consentmanager.purpose.boundary.PurposeTextView;
import com.consentmanager.purpose.boundary.PurposeVersionView;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a purpose's texts: per language and field, the text before
 * and after as HTML, the removed words in {@code <del>} and the added ones in {@code <ins>}. The
 * words are compared with java-diff-utils (Myers' longest common subsequence), so a word both
 * versions share is never marked, wherever the changes around it are. A word is what lies between
 * white space, punctuation included: "email." → "courriel." marks both whole. A change of spacing
 * alone marks nothing. Every text is HTML-escaped here: the page writes these strings unescaped.
 */
public final class VersionDiff {

    /** The fields of a version's texts, in the order the editor shows them. */
    static final Map<String, Function<PurposeTextView, String>> FIELDS = fields();

    private static final Pattern WORD = Pattern.compile("\\S+");

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
        Words was = Words.of(before);
        Words is = Words.of(after);
        boolean[] removed = new boolean[was.words().size()];
        boolean[] added = new boolean[is.words().size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(was.words(), is.words()).getDeltas()) {
            mark(removed, delta.getSource());
            mark(added, delta.getTarget());
        }
        return new Change(language, field, before == null, after == null, was.html(removed, "del"), is.html(added, "ins"));
    }

    private static void mark(boolean[] marked, Chunk<String> chunk) {
        for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
            marked[i] = true;
        }
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
     * language) had no text on that side; {@code before}/{@code after} are escaped HTML.
     */
    public record Change(String language, String field, boolean missingBefore, boolean missingAfter,
                         String before, String after) implements Serializable {
    }

    /** A text cut into its words and the white space around them: {@code spaces} has one more element. */
    private record Words(List<String> words, List<String> spaces) {

        static Words of(String text) {
            String all = Objects.toString(text, "");
            List<String> words = new ArrayList<>();
            List<String> spaces = new ArrayList<>();
            Matcher word = WORD.matcher(all);
            int end = 0;
            while (word.find()) {
                spaces.add(all.substring(end, word.start()));
                words.add(word.group());
                end = word.end();
            }
            spaces.add(all.substring(end));
            return new Words(words, spaces);
        }

        /** The text again, each run of marked words (with the spaces inside the run) in one element. */
        String html(boolean[] marked, String element) {
            StringBuilder html = new StringBuilder(Html.escape(spaces.get(0)));
            for (int i = 0; i < words.size(); i++) {
                boolean opens = marked[i] && (i == 0 || !marked[i - 1]);
                boolean closes = marked[i] && (i == words.size() - 1 || !marked[i + 1]);
                html.append(opens ? "<" + element + ">" : "").append(Html.escape(words.get(i)))
                        .append(closes ? "</" + element + ">" : "").append(Html.escape(spaces.get(i + 1)));
            }
            return html.toString();
        }
    }
}

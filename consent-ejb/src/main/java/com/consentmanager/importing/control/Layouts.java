package com.consentmanager.importing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column convention of an import file (and of the export), headers matched ignoring case,
 * accents, spaces and hyphens:
 * <ul>
 * <li>{@code email} (or {@code e-mail}, {@code courriel}) and/or {@code external_id} (or
 * {@code id_externe}): the key; the external id wins when a line has one;</li>
 * <li>{@code <purpose>}: the value for every channel of the purpose; {@code <purpose>_date}: when;</li>
 * <li>{@code <purpose>.<channel>} and {@code <purpose>.<channel>_date}: the value and date for one
 * channel, which win over the purpose's columns for that channel;</li>
 * <li>{@code <purpose>_double_opt_in}: the date on which double opt-in was already confirmed
 * (kept in the evidence of an imported acceptance).</li>
 * </ul>
 * A mapping (folded header → name in this convention, or empty to ignore the column) lets a person
 * use any headers. Other columns are ignored and listed.
 */
public final class Layouts {

    public static final String DATE = "_date";
    public static final String DOUBLE_OPT_IN = "_double_opt_in";
    private static final Set<String> EMAIL = Set.of("email", "e_mail", "mail", "courriel", "adresse_email", "adresse_e_mail");
    private static final Set<String> EXTERNAL_ID = Set.of("external_id", "externalid", "id_externe", "identifiant_externe");

    private Layouts() {
    }

    /**
     * What a header means in the convention without a mapping: "email", "external_id", or its
     * folded form (a purpose, a purpose's date...), to be found among {@link #names}; else "".
     */
    public static String canonical(String header, Map<String, PurposeRef> purposes) {
        String name = Fold.of(header);
        if (EMAIL.contains(name)) {
            return "email";
        }
        if (EXTERNAL_ID.contains(name)) {
            return "external_id";
        }
        return names(purposes).contains(name) ? name : "";
    }

    /** Every name a column can be mapped to, in the order a person reads them. */
    public static List<String> names(Map<String, PurposeRef> purposes) {
        List<String> names = new ArrayList<>(List.of("email", "external_id"));
        for (PurposeRef purpose : purposes.values()) {
            names.add(purpose.key());
            names.add(purpose.key() + DATE);
            names.add(purpose.key() + DOUBLE_OPT_IN);
            for (String channel : purpose.channels().keySet()) {
                names.add(purpose.key() + "." + channel);
                names.add(purpose.key() + "." + channel + DATE);
            }
        }
        return names;
    }

    /**
     * What is wrong with a person's mapping for this file, as problems like {@link Layout#problems()}:
     * a header the file does not have or that is mapped twice (ignoring case and accents), a target that is
     * no name of the convention ({@link #names}).
     */
    public static List<String> mappingProblems(List<String> headers, Map<String, PurposeRef> purposes,
                                               Map<String, String> mapping) {
        Set<String> folded = new HashSet<>();
        headers.forEach(header -> folded.add(Fold.of(header)));
        Set<String> mapped = new HashSet<>();
        List<String> problems = new ArrayList<>();
        mapping.forEach((from, to) -> {
            if (!mapped.add(Fold.of(from))) {
                problems.add("import.mapping.header_twice|" + from.strip());
            } else if (!folded.contains(Fold.of(from))) {
                problems.add("import.mapping.header_unknown|" + from.strip());
            } else if (to != null && !to.isBlank() && canonical(to, purposes).isEmpty()) {
                problems.add("import.mapping.target_unknown|" + to.strip() + "|" + from.strip());
            }
        });
        return problems;
    }

    public static Layout resolve(List<String> headers, Map<String, PurposeRef> purposes, Map<String, String> mapping) {
        Map<String, String> folded = new HashMap<>();
        mapping.forEach((from, to) -> folded.put(Fold.of(from), to == null ? "" : Fold.of(to)));
        int email = -1;
        int externalId = -1;
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, Integer> dates = new HashMap<>();
        Map<String, Integer> doubleOptIns = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String name = folded.getOrDefault(Fold.of(header), Fold.of(header));
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Integer> slot;
            String subject;
            if (EMAIL.contains(name)) {
                email = once(email, i, header, problems);
                continue;
            } else if (EXTERNAL_ID.contains(name)) {
                externalId = once(externalId, i, header, problems);
                continue;
            } else if (purposes.containsKey(name)) {
                slot = values;
                subject = name;
            } else if (name.endsWith(DATE) && speaksOf(cut(name, DATE), purposes)) {
                slot = dates;
                subject = cut(name, DATE);
            } else if (name.endsWith(DOUBLE_OPT_IN) && purposes.containsKey(cut(name, DOUBLE_OPT_IN))) {
                slot = doubleOptIns;
                subject = cut(name, DOUBLE_OPT_IN);
            } else if (speaksOf(name, purposes)) {
                slot = values;
                subject = name;
            } else {
                unmatched.add(header);
                continue;
            }
            if (slot.putIfAbsent(subject, i) != null) {
                problems.add("import.layout.duplicate_column|" + header);
            }
            channelProblem(subject, purposes).ifPresent(problems::add);
        }
        if (email < 0 && externalId < 0) {
            problems.add("import.layout.key_missing");
        }
        if (values.isEmpty()) {
            problems.add("import.layout.no_purpose");
        }
        return new Layout(List.copyOf(headers), email, externalId, targets(purposes, values, dates, doubleOptIns),
                List.copyOf(unmatched), List.copyOf(problems));
    }

    private static List<Layout.Target> targets(Map<String, PurposeRef> purposes, Map<String, Integer> values,
                                               Map<String, Integer> dates, Map<String, Integer> doubleOptIns) {
        List<Layout.Target> targets = new ArrayList<>();
        for (PurposeRef purpose : purposes.values()) {
            Integer whole = values.get(purpose.key());
            Integer wholeDate = dates.get(purpose.key());
            int doubleOptIn = doubleOptIns.getOrDefault(purpose.key(), -1);
            purpose.channels().forEach((channel, channelId) -> {
                String own = purpose.key() + "." + channel;
                Integer value = values.containsKey(own) ? values.get(own) : whole;
                if (value != null) {
                    Integer date = values.containsKey(own) && dates.containsKey(own) ? dates.get(own) : wholeDate;
                    targets.add(new Layout.Target(purpose, channel, channelId, value, date == null ? -1 : date, doubleOptIn));
                }
            });
        }
        return List.copyOf(targets);
    }

    /** A purpose key, or a purpose key, a dot and any text (its channel is checked apart). */
    private static boolean speaksOf(String name, Map<String, PurposeRef> purposes) {
        int dot = name.indexOf('.');
        return purposes.containsKey(dot < 0 ? name : name.substring(0, dot));
    }

    private static java.util.Optional<String> channelProblem(String subject, Map<String, PurposeRef> purposes) {
        int dot = subject.indexOf('.');
        if (dot < 0) {
            return java.util.Optional.empty();
        }
        PurposeRef purpose = purposes.get(subject.substring(0, dot));
        String channel = subject.substring(dot + 1);
        return purpose.channels().containsKey(channel) ? java.util.Optional.empty()
                : java.util.Optional.of("import.layout.channel_unknown|" + subject);
    }

    private static String cut(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    private static int once(int found, int index, String header, List<String> problems) {
        if (found >= 0) {
            problems.add("import.layout.duplicate_column|" + header);
            return found;
        }
        return index;
    }
}

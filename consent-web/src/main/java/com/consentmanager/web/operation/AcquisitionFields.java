package com.consentmanager.web.operation;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.FieldViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the data-acquisition tab shows what {@code OperationManagement.configureForm} refuses: its
 * violations name offers by their index among the activated purposes ({@code offers[1].channels}),
 * the page shows each on the row of that purpose.
 */
final class AcquisitionFields {

    private static final Pattern OFFER_FIELD = Pattern.compile("offers\\[(\\d+)]\\..*");

    private AcquisitionFields() {
    }

    /** Violation field names → client ids of the rows' blocks. */
    static Map<String, String> clientIds(List<OfferRow> rows, BusinessException refusal) {
        List<Integer> activated = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isOffered()) {
                activated.add(i);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldViolation violation : refusal.getViolations()) {
            Matcher field = OFFER_FIELD.matcher(violation.field());
            if (field.matches() && Integer.parseInt(field.group(1)) < activated.size()) {
                fields.put(violation.field(), AcquisitionBacking.ROWS + activated.get(Integer.parseInt(field.group(1))) + ":offer-field");
            }
        }
        return fields;
    }
}

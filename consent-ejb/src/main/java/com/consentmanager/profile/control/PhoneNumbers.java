package com.consentmanager.profile.control;

import com.consentmanager.platform.FieldViolation;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers, read and checked by Google's libphonenumber (its numbering plans, not a pattern of
 * ours) and kept in E.164. A number written without its country code ({@code 06 12 34 56 78}) is a
 * number of the default region, the setting {@value #REGION_SETTING} (an ISO 3166 code, default
 * {@value #DEFAULT_REGION}), as is its international prefix ({@code 00 44...} in France). A number
 * with an extension is refused: E.164 has no room for it and dropping it would call someone else.
 */
@ApplicationScoped
public class PhoneNumbers {

    public static final String REGION_SETTING = "consent.phone.default-region";
    public static final String DEFAULT_REGION = "FR";

    /** Longer input is no phone number; refused before parsing. */
    static final int MAX_INPUT_LENGTH = 64;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");

    @Inject
    @ConfigProperty(name = REGION_SETTING, defaultValue = DEFAULT_REGION)
    String defaultRegion;

    public PhoneNumbers() {
    }

    /** Outside the container (tests): numbers of {@code defaultRegion}. */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
        checkRegion();
    }

    /** Creates the bean when the application starts, so that a wrong setting stops it there ({@link #checkRegion}). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        // Nothing more: being called made the instance, and its check ran.
    }

    /** A region libphonenumber does not know would make every national number invalid: refused. */
    @PostConstruct
    void checkRegion() {
        defaultRegion = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PHONES.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalStateException(REGION_SETTING + " must be a region code such as FR or GB, not \"" + defaultRegion + "\"");
        }
    }

    /** The number in E.164 when it is one; else the text as typed (trimmed), for {@link #check} to name; null when blank. */
    public String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String typed = phone.strip();
        return parse(typed).map(PhoneNumbers::e164).orElse(typed);
    }

    /** A phone as {@link #normalise} gives it must be a valid number in E.164. */
    public void check(String field, String phone, List<FieldViolation> violations) {
        if (phone != null && !parse(phone).map(PhoneNumbers::e164).filter(phone::equals).isPresent()) {
            violations.add(new FieldViolation(field, "profile.phone.invalid", phone));
        }
    }

    /**
     * Part of a number as a person types it in a search, written as stored numbers are: separators
     * dropped, {@code 00} or the region's national prefix ({@code 0} in France) replaced by {@code +}
     * and the region's country code ({@code 06 12} → {@code +33612}). Other text is returned as typed.
     */
    public String searchable(String typed) {
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        String national = PHONES.getNddPrefixForRegion(defaultRegion, true);
        if (national != null && !national.isEmpty() && digits.length() > national.length() && digits.startsWith(national)) {
            return "+" + PHONES.getCountryCodeForRegion(defaultRegion) + digits.substring(national.length());
        }
        return digits.isEmpty() ? typed : digits;
    }

    private static String e164(PhoneNumber number) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private Optional<PhoneNumber> parse(String typed) {
        if (typed.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(typed, defaultRegion);
            return PHONES.isValidNumber(number) && !number.hasExtension() ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}

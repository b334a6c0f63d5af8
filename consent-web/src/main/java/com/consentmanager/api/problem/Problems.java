package com.consentmanager.api.problem;

import com.consentmanager.platform.Languages;
import com.consentmanager.platform.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Builds problem responses, with texts in the language the caller accepts (French or English). */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:consent-manager:problem:";

    private Problems() {
    }

    public static Response response(Response.StatusType status, String code, String detail, List<Problem.FieldError> errors) {
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem(status, code, detail, errors)).build();
    }

    /** The problem itself, for answers written outside JAX-RS (servlet filters). */
    public static Problem problem(Response.StatusType status, String code, String detail, List<Problem.FieldError> errors) {
        return new Problem(TYPE_PREFIX + code, status.getReasonPhrase(), status.getStatusCode(), detail, code, errors);
    }

    public static Response response(Response.StatusType status, String code, HttpHeaders headers, Object... arguments) {
        return response(status, code, Messages.format(locale(headers), code, arguments), List.of());
    }

    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> Languages.isSupported(locale.getLanguage()))
                .findFirst()
                .map(Languages::supported)
                .orElse(Locale.ENGLISH);
    }
}

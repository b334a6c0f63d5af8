package com.consentmanager.api.problem;

import java.util.List;

/**
 * An error answer in the RFC 9457 shape ({@code application/problem+json}), with the refused
 * fields when the input was bad. {@code code} is the stable message key clients can switch on.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String code, String message) {
    }
}

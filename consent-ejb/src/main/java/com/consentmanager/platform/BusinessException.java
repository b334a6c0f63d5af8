package com.consentmanager.platform;

import jakarta.ejb.ApplicationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request that the business rules refuse. Carries a message key (resolved in the caller's
 * language by {@link Messages}) and, for bad input, the field-level violations. Thrown through EJB
 * boundaries unchanged, and it rolls the transaction back so that nothing is half-written.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;
    private final ArrayList<FieldViolation> violations;

    protected BusinessException(String messageKey, List<FieldViolation> violations, Object... arguments) {
        super(Messages.format(java.util.Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = FieldViolation.portable(arguments);
        this.violations = new ArrayList<>(violations);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public List<FieldViolation> getViolations() {
        return Collections.unmodifiableList(violations);
    }
}

package com.consentmanager.platform;

import java.util.List;

/** The named entry (a channel key, a purpose key...) does not exist. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, List.of(), arguments);
    }
}

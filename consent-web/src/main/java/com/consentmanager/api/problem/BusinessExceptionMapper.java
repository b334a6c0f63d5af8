package com.consentmanager.api.problem;

import com.consentmanager.platform.BusinessException;
import com.consentmanager.platform.ConflictException;
import com.consentmanager.platform.Messages;
import com.consentmanager.platform.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** Business refusals: 400 for bad input, 404 for unknown entries, 409 for conflicts with the state. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException exception) {
        Locale locale = Problems.locale(headers);
        Response.Status status;
        if (exception instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (exception instanceof ConflictException) {
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return Problems.response(status, exception.getMessageKey(),
                Messages.format(locale, exception.getMessageKey(), exception.getArguments()),
                exception.getViolations().stream()
                        .map(v -> new Problem.FieldError(v.field(), v.messageKey(), v.message(locale)))
                        .toList());
    }
}

package com.consentmanager.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON expected (syntax error, wrong types): 400, nothing written. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(Response.Status.BAD_REQUEST, "error.malformed_json", headers);
    }
}

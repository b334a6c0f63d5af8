package com.consentmanager.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body the runtime's own readers could not read (a multipart it cannot parse, a stream cut
 * short): 400, nothing written. JSON bodies never come here: the strict reader
 * ({@link com.consentmanager.api.json.StrictJsonReader}) refuses them naming the field.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(Response.Status.BAD_REQUEST, "error.unreadable_body", headers);
    }
}

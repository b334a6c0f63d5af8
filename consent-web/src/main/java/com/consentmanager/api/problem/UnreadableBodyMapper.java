package com.consentmanager.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that could not be read at all (a multipart the runtime cannot parse, a connection broken
 * mid-body): 400, nothing written. A JSON body that is read but wrong never comes here: the strict
 * reader ({@link com.consentmanager.api.json.StrictJsonReader}) refuses it naming the field.
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

package com.consentmanager.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Protocol errors (unknown path, wrong method, unsupported media type...) as problem JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String code = switch (status.getStatusCode()) {
            case 400 -> "error.bad_request";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.forbidden";
            case 404 -> "error.no_such_resource";
            case 405 -> "error.method_not_allowed";
            case 406 -> "error.not_acceptable";
            case 415 -> "error.unsupported_media_type";
            default -> status.getFamily() == Response.Status.Family.SERVER_ERROR ? "error.internal" : "error.bad_request";
        };
        Response response = Problems.response(status, code, headers);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        return response;
    }
}
